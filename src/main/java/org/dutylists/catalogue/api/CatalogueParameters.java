package org.dutylists.catalogue.api;

import java.util.Optional;
import java.util.regex.Pattern;
import org.dutylists.kernel.DutyCategory;
import org.dutylists.kernel.DutyKind;
import org.dutylists.kernel.ItemId;
import org.dutylists.kernel.TownshipId;
import org.dutylists.web.Parameters;
import org.dutylists.web.Problems;

/** The catalogue's identifiers and filters, checked with messages that say what a valid value looks like. */
final class CatalogueParameters {
    static final Pattern DEPARTMENT_ID = Pattern.compile("\\d{6}-D-[1-9]\\d{0,5}");

    private CatalogueParameters() {
    }

    static Optional<String> township(String value) {
        return Parameters.matching("township", value, TownshipId::isValid,
                "a 9-digit township code such as 150430106 (see GET /api/v1/townships)");
    }

    static Optional<String> county(String value) {
        return Parameters.matching("county", value, TownshipId::isValidDivision,
                "a 6-digit county code such as 150430");
    }

    static Optional<String> department(String value) {
        return Parameters.matching("department", value, v -> DEPARTMENT_ID.matcher(v).matches(),
                "a department ID such as 150430-D-3 (see GET /api/v1/departments)");
    }

    static Optional<DutyKind> kind(String value) {
        return Parameters.parsed("kind", value, DutyKind::parse, "one of BASIC, COOPERATIVE, TRANSFERRED");
    }

    static Optional<DutyCategory> category(String value) {
        return Parameters.parsed("category", value, DutyCategory::parse,
                "a category code such as party-building or its Chinese name such as 党的建设 (see GET /api/v1/categories)");
    }

    static Optional<String> q(String value) {
        return Parameters.text("q", value, 100);
    }

    static String townshipPath(String id) {
        if (!TownshipId.isValid(id)) {
            throw Problems.invalidParameter("id", "must be a 9-digit township code such as 150430106, got '" + id
                    + "'.");
        }
        return id;
    }

    static String itemPath(String id) {
        if (ItemId.parse(id).isEmpty()) {
            throw Problems.invalidParameter("id", "must be an item ID {township}-{B|C|T}-{number} such as"
                    + " 150430106-B-38, got '" + id + "'.");
        }
        return id;
    }

    static String departmentPath(String id) {
        if (!DEPARTMENT_ID.matcher(id).matches()) {
            throw Problems.invalidParameter("id", "must be a department ID such as 150430-D-3, got '" + id + "'.");
        }
        return id;
    }
}
