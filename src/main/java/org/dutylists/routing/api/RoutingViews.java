package org.dutylists.routing.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.dutylists.catalogue.api.CatalogueViews.CategoryRef;
import org.dutylists.catalogue.api.CatalogueViews.TownshipRef;
import org.dutylists.kernel.DutyKind;
import org.dutylists.kernel.UnitRole;
import org.dutylists.kernel.UnitType;
import org.dutylists.routing.RoutingEngine.Decision;
import org.dutylists.routing.RoutingEngine.Reason;

/** The routing API's representations, as {@code openapi/openapi.yaml} publishes them. */
public final class RoutingViews {
    private RoutingViews() {
    }

    /**
     * A hotline ticket to route. {@code township} is a township ID or its exact name. Unknown fields are rejected
     * (quarkus.jackson.fail-on-unknown-properties).
     */
    public record TicketRequest(String township, String subject, String text, String ticketNumber,
            String categoryHint) {
    }

    /**
     * Who handles the matter. {@code decision} is DISPATCH when one item clearly applies, MANUAL_REVIEW (with a
     * {@code reason}) when none does or the best are too close to call; the candidates are ranked either way.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoutingAnswer(TownshipRef township, String ticketNumber, Decision decision, Reason reason,
            Dispatch dispatch, List<Unit> referTo, List<Candidate> candidates, List<OtherMatter> otherMatters,
            Analysis analysis) {
    }

    /** For DISPATCH: the unit that receives the ticket, the units that assist, and the list item that says so. */
    public record Dispatch(Unit to, List<Unit> assist, String basis) {
    }

    public record Candidate(ItemRef item, List<Unit> units, double confidence, String citation,
            List<Match> matches) {
    }

    /** Another matter the message raises: the sentence that asks for it and the item the lists name for it. */
    public record OtherMatter(String statement, Candidate candidate) {
    }

    public record ItemRef(String id, DutyKind kind, int number, CategoryRef category, String name) {
    }

    public record Unit(String id, String name, UnitType type, UnitRole role) {
    }

    /** A passage of the item's published text that matched; {@code marked} wraps each matched term in 【】. */
    public record Match(String field, String text, String marked, List<Highlight> highlights) {
    }

    /** A matched span of a passage: [start, end) in UTF-16 code units, as JavaScript string indices. */
    public record Highlight(int start, int end) {
    }

    /**
     * How the request was read: its search terms, the thesaurus entries it used and the nearest example requests
     * (how people described matters before).
     */
    public record Analysis(List<String> terms, List<ThesaurusHit> thesaurus, List<SimilarRequest> similarRequests) {
    }

    /** An example request near this one, with the item of this township it was labelled with (none if outside). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SimilarRequest(String text, String itemId, boolean outside) {
    }

    /** {@code outside}: the phrase names a matter no list covers (快递, 宽带). */
    public record ThesaurusHit(String phrase, List<String> terms, boolean outside) {
    }
}
