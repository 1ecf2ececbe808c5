package org.dutylists.importing.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.dutylists.kernel.DutyKind;

/**
 * One thing the importer noticed. {@code line} is the 1-based line of a text document; {@code path} the JSON
 * Pointer into a canonical JSON document; {@code list} and {@code item} locate it in the lists when known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(Severity severity, FindingCode code, String message, Integer line, String path, DutyKind list,
        Integer item) {

    public static Finding at(FindingCode code, Integer line, String message) {
        return new Finding(code.severity(), code, message, line, null, null, null);
    }

    public static Finding inList(FindingCode code, DutyKind list, Integer item, Integer line, String message) {
        return new Finding(code.severity(), code, message, line, null, list, item);
    }

    public static Finding atPath(FindingCode code, String path, String message) {
        return new Finding(code.severity(), code, message, null, path, null, null);
    }

    /** One line for a terminal: {@code ERROR line 57 [ROW_MISSING_COLUMNS] …}. */
    public String describe() {
        StringBuilder s = new StringBuilder(severity.name());
        if (line != null) {
            s.append(" line ").append(line);
        }
        if (path != null) {
            s.append(" at ").append(path);
        }
        s.append(" [").append(code).append("] ").append(message);
        return s.toString();
    }
}
