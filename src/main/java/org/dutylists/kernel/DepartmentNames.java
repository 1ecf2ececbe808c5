package org.dutylists.kernel;

import java.util.Collection;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Department names are not spelled the same way across items ({@code 根河市城市管理综合 执法局},
 * {@code 生态环境局根河市分局} beside {@code 呼伦贝尔市生态环境局根河市分局}, {@code 根河信访局}). This is the one place
 * that decides when two spellings name the same department; the importer reports such pairs and the registry links
 * them, while every item keeps the spelling its document used.
 */
public final class DepartmentNames {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^)]*\\)");
    /** Characters a hurried spelling drops: 根河信访局 for 根河市信访局, 文化旅游体育局 for 文化旅游和体育局. */
    private static final Set<Character> DROPPABLE = Set.of('市', '旗', '县', '和', '与', '及');
    /** The end of a region name: 呼伦贝尔市, 敖汉旗, 内蒙古自治区. */
    private static final Pattern REGION_PREFIX = Pattern.compile(".{1,12}(?:省|自治区|市|盟|旗|县|区)");

    private DepartmentNames() {
    }

    /** The comparison key: whitespace removed, full-width brackets made half-width. */
    public static String key(String spelled) {
        String s = WHITESPACE.matcher(spelled).replaceAll("");
        return s.replace('（', '(').replace('）', ')');
    }

    /** The name for display: the spelling with whitespace removed and nothing else changed. */
    public static String tidy(String spelled) {
        return WHITESPACE.matcher(spelled.strip()).replaceAll("");
    }

    /** Whether two spellings look like one department. Equal keys are the same spelling, not variants. */
    public static boolean areVariants(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.equals(kb)) {
            return true;
        }
        String ca = withoutParenthetical(ka);
        String cb = withoutParenthetical(kb);
        if (ca.equals(cb)) {
            return true;
        }
        String longer = ca.length() >= cb.length() ? ca : cb;
        String shorter = longer == ca ? cb : ca;
        if (shorter.length() < 4) {
            return false;
        }
        if (longer.endsWith(shorter) && REGION_PREFIX.matcher(longer.substring(0, longer.length() - shorter.length())).matches()) {
            return true;
        }
        return longer.length() == shorter.length() + 1 && differsByOneDroppable(longer, shorter);
    }

    /**
     * The spelling that names a group of variants: one without a parenthetical plate name (应急管理局 rather than
     * 应急管理局（矿山安全监管局）), then one that starts with a region name (呼伦贝尔市生态环境局根河市分局 rather than
     * 生态环境局根河市分局, 根河市信访局 rather than 根河信访局), then the most used, then the longest.
     *
     * @param regionNames the county, city and province names of the documents the spellings come from
     */
    public static String canonicalOf(Map<String, Integer> spellingsWithUses, Collection<String> regionNames) {
        Comparator<Map.Entry<String, Integer>> order = Comparator
                .comparing((Map.Entry<String, Integer> e) -> !key(e.getKey()).contains("("))
                .thenComparing(e -> regionNames.stream().anyMatch(r -> key(e.getKey()).startsWith(r)))
                .thenComparingInt(Map.Entry::getValue)
                .thenComparingInt(e -> key(e.getKey()).length())
                .thenComparing(e -> !e.getKey().equals(tidy(e.getKey())))
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        return tidy(spellingsWithUses.entrySet().stream().max(order).orElseThrow().getKey());
    }

    /** The region names spellings may start with: a township's county, city and province. */
    public static List<String> regionNames(String county, String city, String province) {
        return List.of(county, city, province);
    }

    private static String withoutParenthetical(String key) {
        return PARENTHETICAL.matcher(key).replaceAll("");
    }

    private static boolean differsByOneDroppable(String longer, String shorter) {
        for (int i = 0; i < longer.length(); i++) {
            if (DROPPABLE.contains(longer.charAt(i))
                    && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
