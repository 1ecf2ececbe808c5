package org.dutylists.canonical;

/** A county, city or province: its 6-digit division code and name. */
public record Division(String id, String name) {
}
