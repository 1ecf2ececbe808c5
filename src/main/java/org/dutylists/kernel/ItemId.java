package org.dutylists.kernel;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item IDs are {@code {townshipId}-{B|C|T}-{number}}: readable, stable across re-imports, and what portals,
 * apps and hotline systems store.
 */
public record ItemId(String townshipId, DutyKind kind, int number) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{9})-([BCT])-([1-9]\\d{0,3})");

    public static Optional<ItemId> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ItemId(m.group(1), DutyKind.ofLetter(m.group(2).charAt(0)).orElseThrow(),
                Integer.parseInt(m.group(3))));
    }

    public static String format(String townshipId, DutyKind kind, int number) {
        return townshipId + "-" + kind.letter() + "-" + number;
    }

    @Override
    public String toString() {
        return format(townshipId, kind, number);
    }
}
