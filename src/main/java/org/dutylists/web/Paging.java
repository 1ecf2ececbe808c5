package org.dutylists.web;

/** {@code limit} and {@code offset} of a collection request, checked. */
public record Paging(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 1_000_000;

    public static Paging of(String limit, String offset) {
        return new Paging(Parameters.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
                Parameters.integer("offset", offset, 0, 0, MAX_OFFSET));
    }
}
