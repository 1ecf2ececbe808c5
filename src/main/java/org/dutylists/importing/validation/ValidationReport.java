package org.dutylists.importing.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the importer found in one document: the counts, and every finding. {@code accepted} is false as soon as one
 * finding is an error, and then nothing of the document is imported.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationReport(String document, String townshipId, String townshipName, String checksum,
        List<ListCount> counts, List<Finding> findings) {

    public ValidationReport {
        counts = List.copyOf(counts);
        findings = List.copyOf(findings);
    }

    public boolean accepted() {
        return errors().isEmpty();
    }

    @JsonIgnore
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    @JsonIgnore
    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    /** The report as a terminal shows it. */
    public String render() {
        StringBuilder s = new StringBuilder();
        s.append("Document: ").append(document).append('\n');
        if (townshipName != null) {
            s.append("Township: ").append(townshipName);
            if (townshipId != null) {
                s.append(" (").append(townshipId).append(')');
            }
            s.append('\n');
        }
        if (checksum != null) {
            s.append("Checksum: ").append(checksum).append('\n');
        }
        for (ListCount list : counts) {
            s.append(String.format("%-12s %s: declared %d, found %d%s%n", list.kind(), list.name(), list.declared(),
                    list.found(), list.declared() == list.found() ? "" : "  <-- mismatch"));
            for (ListCount.CategoryCount c : list.categories()) {
                s.append(String.format("    %s: declared %d, found %d%s%n", c.name(), c.declared(), c.found(),
                        c.declared() == c.found() ? "" : "  <-- mismatch"));
            }
        }
        for (Finding f : findings) {
            s.append(f.describe()).append('\n');
        }
        s.append(accepted() ? "ACCEPTED" : "REJECTED").append(": ").append(errors().size()).append(" error(s), ")
                .append(warnings().size()).append(" warning(s)\n");
        return s.toString();
    }
}
