package org.dutylists.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Query parameters arrive as strings and are checked here, so that a bad value gets a 400 naming the parameter
 * (JAX-RS would answer a failed number conversion with a bare 404).
 */
public final class Parameters {
    private static final java.util.regex.Pattern ASCII_INTEGER = java.util.regex.Pattern.compile("[+-]?[0-9]+");

    private Parameters() {
    }

    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        int parsed;
        // Integer.parseInt also reads other scripts' digits (full-width １０): the contract's integer is ASCII.
        String v = value.strip();
        if (!ASCII_INTEGER.matcher(v).matches()) {
            boolean otherDigits = v.codePoints().allMatch(Character::isDigit);
            throw Problems.invalidParameter(name, otherDigits ? "must be written in ASCII digits (0-9), got '"
                    + value + "'." : "must be a whole number, got '" + value + "'.");
        }
        try {
            parsed = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw Problems.invalidParameter(name, "must be a whole number, got '" + value + "'.");
        }
        if (parsed < min || parsed > max) {
            throw Problems.invalidParameter(name, "must be between " + min + " and " + max + ", got " + parsed + ".");
        }
        return parsed;
    }

    /** An optional parameter that must satisfy a format when present. */
    public static Optional<String> matching(String name, String value, Predicate<String> valid, String expected) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (!valid.test(v)) {
            throw Problems.invalidParameter(name, "must be " + expected + ", got '" + value + "'.");
        }
        return Optional.of(v);
    }

    /** An optional parameter parsed into a value, 400 when it does not parse. */
    public static <T> Optional<T> parsed(String name, String value, Function<String, Optional<T>> parser,
            String expected) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parser.apply(value.strip())
                .orElseThrow(() -> Problems.invalidParameter(name, "must be " + expected + ", got '" + value + "'.")));
    }

    /** Free text such as {@code q}: trimmed, bounded in length, without control characters. */
    public static Optional<String> text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.codePointCount(0, v.length()) > maxLength) {
            throw Problems.invalidParameter(name, "must be at most " + maxLength + " characters long.");
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw Problems.invalidParameter(name, "must not contain control characters.");
        }
        return Optional.of(v);
    }
}
