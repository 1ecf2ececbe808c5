package org.dutylists.kernel;

import java.util.regex.Pattern;

/** Townships are identified by their 9-digit statistical division code (金厂沟梁镇 = 150430106). */
public final class TownshipId {
    private static final Pattern TOWNSHIP = Pattern.compile("\\d{9}");
    private static final Pattern DIVISION = Pattern.compile("\\d{6}");

    private TownshipId() {
    }

    public static boolean isValid(String value) {
        return value != null && TOWNSHIP.matcher(value).matches();
    }

    /** County, city and province codes are the 6-digit division codes (敖汉旗 = 150430). */
    public static boolean isValidDivision(String value) {
        return value != null && DIVISION.matcher(value).matches();
    }

    /** The county a township belongs to: the first six digits of its code. */
    public static String countyOf(String townshipId) {
        return townshipId.substring(0, 6);
    }
}
