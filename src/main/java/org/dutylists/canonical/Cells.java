package org.dutylists.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The published cells after the item name, by column. Which are present depends on the list: cooperative items have
 * {@code leadDepartments} (对应上级部门), {@code departmentDuties} (上级部门职责（含提供的履职保障）) and
 * {@code cooperationDuties} (苏木乡镇（街道）配合职责); transferred items have {@code receivingDepartmentAndMethod}
 * (承接部门及工作方式); basic items have none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cells(String leadDepartments, String departmentDuties, String cooperationDuties,
        String receivingDepartmentAndMethod) {
    public static final Cells NONE = new Cells(null, null, null, null);

    /** The present cells in column order, keyed by their field name. */
    public Map<String, String> present() {
        Map<String, String> cells = new LinkedHashMap<>();
        if (leadDepartments != null) {
            cells.put("leadDepartments", leadDepartments);
        }
        if (departmentDuties != null) {
            cells.put("departmentDuties", departmentDuties);
        }
        if (cooperationDuties != null) {
            cells.put("cooperationDuties", cooperationDuties);
        }
        if (receivingDepartmentAndMethod != null) {
            cells.put("receivingDepartmentAndMethod", receivingDepartmentAndMethod);
        }
        return cells;
    }
}
