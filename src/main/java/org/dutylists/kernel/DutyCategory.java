package org.dutylists.kernel;

import java.util.Optional;

/**
 * The duty categories (领域) the lists group their items by. Not every township has every category, and their order
 * differs per document; the code is the stable API name, the Chinese name is what documents print.
 */
public enum DutyCategory {
    PARTY_BUILDING("party-building", "党的建设"),
    ECONOMIC_DEVELOPMENT("economic-development", "经济发展"),
    PUBLIC_SERVICES("public-services", "民生服务"),
    SAFETY_AND_RULE_OF_LAW("safety-and-rule-of-law", "平安法治"),
    RURAL_REVITALIZATION("rural-revitalization", "乡村振兴"),
    URBAN_RURAL_DEVELOPMENT("urban-rural-development", "城乡建设"),
    ECOLOGY_AND_ENVIRONMENT("ecology-and-environment", "生态环保"),
    CULTURE_AND_TOURISM("culture-and-tourism", "文化旅游"),
    GENERAL_ADMINISTRATION("general-administration", "综合政务");

    private final String code;
    private final String chineseName;

    DutyCategory(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    /** By the name a heading prints, spaces ignored ({@code 党的建设}, {@code 党 的 建 设}). */
    public static Optional<DutyCategory> ofChineseName(String name) {
        String compact = name.replaceAll("[\\s\\u3000]+", "");
        for (DutyCategory c : values()) {
            if (c.chineseName.equals(compact)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** By API code or by Chinese name, for query parameters. */
    public static Optional<DutyCategory> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (DutyCategory c : values()) {
            if (c.code.equalsIgnoreCase(value.trim())) {
                return Optional.of(c);
            }
        }
        return ofChineseName(value);
    }
}
