package org.dutylists.kernel;

import java.util.Locale;
import java.util.Optional;

/** The three lists every township publishes. The letter is part of every item ID ({@code 150430106-B-38}). */
public enum DutyKind {
    /** 基本履职事项: the township itself is responsible. */
    BASIC('B', "基本履职事项清单"),
    /** 配合履职事项: county departments lead, the township assists. */
    COOPERATIVE('C', "配合履职事项清单"),
    /** 上级部门收回事项: county departments took the duty back. */
    TRANSFERRED('T', "上级部门收回事项清单");

    private final char letter;
    private final String standardListName;

    DutyKind(char letter, String standardListName) {
        this.letter = letter;
        this.standardListName = standardListName;
    }

    public char letter() {
        return letter;
    }

    /** The list's usual name; a document may spell it differently (上级部门回收事项清单), which is kept per version. */
    public String standardListName() {
        return standardListName;
    }

    public static Optional<DutyKind> ofLetter(char letter) {
        for (DutyKind kind : values()) {
            if (kind.letter == letter) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Accepts the enum name in any case, for query parameters such as {@code kind=basic}. */
    public static Optional<DutyKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
