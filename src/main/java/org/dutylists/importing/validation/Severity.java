package org.dutylists.importing.validation;

/** An error rejects the whole document; warnings are reported and kept with the import; notes only inform. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE
}
