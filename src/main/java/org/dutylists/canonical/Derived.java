package org.dutylists.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Structure read from the published cells. Basic items: {@code penaltyPowers} (the {@code *} sentences).
 * Cooperative items: {@code leadDepartments}, {@code departmentDuties} (one section per department where the text
 * has them), {@code support} (履职保障) and {@code cooperationSteps}. Transferred items: {@code receivingDepartments}
 * and {@code workingMethod}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Derived(
        List<String> penaltyPowers,
        List<String> leadDepartments,
        List<DutySection> departmentDuties,
        DutySection support,
        List<String> cooperationSteps,
        List<String> receivingDepartments,
        List<DutySection> workingMethod) {

    public static Derived basic(List<String> penaltyPowers) {
        return new Derived(penaltyPowers, null, null, null, null, null, null);
    }

    public static Derived cooperative(List<String> leadDepartments, List<DutySection> departmentDuties,
            DutySection support, List<String> cooperationSteps) {
        return new Derived(null, leadDepartments, departmentDuties, support, cooperationSteps, null, null);
    }

    public static Derived transferred(List<String> receivingDepartments, List<DutySection> workingMethod) {
        return new Derived(null, null, null, null, null, receivingDepartments, workingMethod);
    }
}
