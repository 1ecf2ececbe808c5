package org.dutylists.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A county-level division (旗、县、县级市) with the city and province above it. */
@Entity
@Table(name = "county")
public class CountyEntity extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    @Column(name = "city_id")
    public String cityId;
    @Column(name = "city_name")
    public String cityName;
    @Column(name = "province_id")
    public String provinceId;
    @Column(name = "province_name")
    public String provinceName;
}
