package org.dutylists.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where the lists come from: the file name, the document's own title, the format it was read from and the SHA-256 of
 * its bytes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String name, String title, String format, String checksum) {
    public static final String FORMAT_TEXT = "text-export";
    public static final String FORMAT_JSON = "canonical-json";
}
