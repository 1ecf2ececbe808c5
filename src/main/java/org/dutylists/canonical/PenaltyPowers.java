package org.dutylists.canonical;

import java.util.ArrayList;
import java.util.List;

/**
 * The administrative penalty powers of a basic item: the sentences the document starts with {@code *}
 * ({@code *对…的处罚}), after the item's text or as the whole item.
 */
public final class PenaltyPowers {
    private PenaltyPowers() {
    }

    /** The item's own text before its first penalty sentence: what the township does (may be empty). */
    public static String textBefore(String itemText) {
        String[] parts = itemText.split("[*＊]", 2);
        return parts[0].strip();
    }

    public static List<String> of(String itemText) {
        List<String> powers = new ArrayList<>();
        String[] parts = itemText.split("[*＊]", -1);
        for (int i = 1; i < parts.length; i++) {
            String power = parts[i].strip().replaceAll("[\\s；;，,]+$", "").strip();
            if (!power.isEmpty()) {
                powers.add(power);
            }
        }
        return powers;
    }
}
