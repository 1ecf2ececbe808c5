package org.dutylists.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.stream.Stream;

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

    /** Every department name the item prints, as spelled: lead and receiving departments and section headings. */
    @JsonIgnore
    public Stream<String> spelledDepartments() {
        return Stream.of(stream(leadDepartments), stream(receivingDepartments),
                        stream(departmentDuties).flatMap(s -> s.departments().stream()),
                        stream(workingMethod).flatMap(s -> s.departments().stream()))
                .flatMap(s -> s).distinct();
    }

    private static <T> Stream<T> stream(List<T> list) {
        return list == null ? Stream.empty() : list.stream();
    }

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
