package org.dutylists.importing.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbered steps ({@code 1.…；2.…}, {@code 1、…}) out of a text. A marker counts only where a step can start
 * (start of text or line, after whitespace or punctuation) and only in sequence 1, 2, 3…, so that {@code 100 千克}
 * or {@code 第2.5条} are not mistaken for steps.
 */
public final class NumberedSteps {
    private static final Pattern MARKER = Pattern.compile(
            "(?:^|(?<=[\\s\\u3000。；;，,：:）)」”]))(\\d{1,2})\\s*[.．、](?!\\d)", Pattern.MULTILINE);

    private NumberedSteps() {
    }

    /** The numbered steps of a text, or the whole text as a single step when it has no numbering. */
    public static List<String> of(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        List<int[]> chain = new ArrayList<>();
        Matcher m = MARKER.matcher(trimmed);
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == expected) {
                chain.add(new int[] {m.start(), m.end()});
                expected++;
            }
        }
        if (chain.isEmpty()) {
            return List.of(trimmed);
        }
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            int end = i + 1 < chain.size() ? chain.get(i + 1)[0] : trimmed.length();
            String step = trimmed.substring(chain.get(i)[1], end).strip();
            if (!step.isEmpty()) {
                steps.add(step);
            }
        }
        return steps;
    }
}
