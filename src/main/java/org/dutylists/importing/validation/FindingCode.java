package org.dutylists.importing.validation;

/** Every finding the importer can report, with its severity. */
public enum FindingCode {
    EMPTY_DOCUMENT(Severity.ERROR),
    NOT_UTF8(Severity.ERROR),
    BINARY_CONTENT(Severity.ERROR),
    NOT_JSON(Severity.ERROR),
    SCHEMA_VIOLATION(Severity.ERROR),
    NO_LISTS_FOUND(Severity.ERROR),
    MISSING_LIST(Severity.ERROR),
    DUPLICATE_LIST(Severity.ERROR),
    UNRECOGNIZED_LINE(Severity.ERROR),
    UNKNOWN_CATEGORY(Severity.ERROR),
    DUPLICATE_CATEGORY(Severity.ERROR),
    MISSING_TABLE_HEADER(Severity.ERROR),
    UNKNOWN_TABLE_HEADER(Severity.ERROR),
    ROW_OUTSIDE_CATEGORY(Severity.ERROR),
    ROW_MISSING_COLUMNS(Severity.ERROR),
    ROW_EXTRA_COLUMNS(Severity.ERROR),
    ORPHAN_CONTINUATION(Severity.ERROR),
    EMPTY_REQUIRED_CELL(Severity.ERROR),
    NO_RECEIVING_DEPARTMENT(Severity.ERROR),
    CONTROL_CHARACTER(Severity.ERROR),
    LIST_COUNT_MISMATCH(Severity.ERROR),
    CATEGORY_COUNT_MISMATCH(Severity.ERROR),
    DUPLICATE_NUMBER(Severity.ERROR),
    UNKNOWN_TOWNSHIP(Severity.ERROR),
    TOWNSHIP_MISMATCH(Severity.ERROR),
    NUMBERING_GAP(Severity.WARNING),
    NUMBERING_ORDER(Severity.WARNING),
    EMPTY_CELL(Severity.WARNING),
    DEPARTMENT_VARIANT(Severity.WARNING),
    CONTINUATION_MERGED(Severity.NOTE),
    PREAMBLE_SKIPPED(Severity.NOTE);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
