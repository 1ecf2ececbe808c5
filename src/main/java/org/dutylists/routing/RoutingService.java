package org.dutylists.routing;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dutylists.catalogue.TownshipDirectory;
import org.dutylists.catalogue.TownshipDirectory.TownshipRecord;
import org.dutylists.catalogue.api.CatalogueViews.CategoryRef;
import org.dutylists.catalogue.api.CatalogueViews.TownshipRef;
import org.dutylists.kernel.DutyCategory;
import org.dutylists.kernel.TownshipId;
import org.dutylists.kernel.UnitRole;
import org.dutylists.kernel.UnitType;
import org.dutylists.routing.RoutingEngine.Routing;
import org.dutylists.routing.api.RoutingViews;
import org.dutylists.routing.api.RoutingViews.Analysis;
import org.dutylists.routing.api.RoutingViews.Candidate;
import org.dutylists.routing.api.RoutingViews.Dispatch;
import org.dutylists.routing.api.RoutingViews.Highlight;
import org.dutylists.routing.api.RoutingViews.ItemRef;
import org.dutylists.routing.api.RoutingViews.Match;
import org.dutylists.routing.api.RoutingViews.RoutingAnswer;
import org.dutylists.routing.api.RoutingViews.SimilarRequest;
import org.dutylists.routing.api.RoutingViews.ThesaurusHit;
import org.dutylists.routing.index.RoutableItem;
import org.dutylists.routing.index.TownshipIndex;
import org.dutylists.routing.index.TownshipIndexes;
import org.dutylists.routing.thesaurus.CurrentThesaurus;
import org.dutylists.web.Problems;

/**
 * Routes citizens' questions and hotline tickets: checks the request, finds the township's index and answers with
 * the decision, the ranked candidates and the passages that matched.
 */
@ApplicationScoped
public class RoutingService {
    public static final int MAX_TEXT_LENGTH = 5000;
    /** How many departments a manual review is referred to. */
    static final int MAX_REFERRALS = 3;
    /** A message's title: a citizen's subject line or a ticket's summary. */
    public static final int MAX_SUBJECT_LENGTH = 200;

    @Inject
    TownshipDirectory directory;

    @Inject
    TownshipIndexes indexes;

    @Inject
    CurrentThesaurus thesaurus;

    @Inject
    RoutingModel model;

    @Inject
    MeterRegistry metrics;

    /**
     * @param subject the message's title, or null
     * @param textParameter the name the caller gave the text ({@code q} in a query, {@code text} in a ticket), so
     *     that a problem names what the caller sent
     */
    public RoutingAnswer route(String township, String subject, String text, String textParameter,
            String ticketNumber, Optional<DutyCategory> hint) {
        TownshipRecord record = township(township);
        String checkedText = checkedText(textParameter, text);
        TownshipIndex index = indexes.of(record.id()).orElseThrow(() -> unknownTownship(township));
        Routing routing = model.engine().route(index, thesaurus.get(), subject, checkedText,
                hint.map(DutyCategory::code));
        metrics.counter("routing.decisions", "decision", routing.decision().name(), "reason",
                routing.reason() == null ? "none" : routing.reason().name()).increment();
        return answer(record, ticketNumber, routing, index);
    }

    /** A township by its 9-digit ID or its exact name. */
    public TownshipRecord township(String reference) {
        if (reference == null || reference.isBlank()) {
            throw Problems.invalidParameter("township",
                    "is required: a township ID such as 150430106 or its exact name such as 金厂沟梁镇.");
        }
        String ref = reference.strip();
        if (TownshipId.isValid(ref)) {
            return directory.township(ref).orElseThrow(() -> unknownTownship(ref));
        }
        List<TownshipRecord> named = directory.named(ref);
        if (named.size() > 1) {
            throw Problems.invalidParameter("township", "names " + named.size() + " townships ("
                    + String.join(", ", named.stream().map(t -> t.id() + " " + t.county().name() + t.name())
                            .toList()) + "): give the township ID instead.");
        }
        return named.stream().findFirst().orElseThrow(() -> unknownTownship(ref));
    }

    private static RuntimeException unknownTownship(String reference) {
        return Problems.notFound("No township '" + reference + "' (by ID or exact name).",
                "Find valid township IDs and names with GET /api/v1/townships (search by name with ?q=).");
    }

    static String checkedText(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw Problems.invalidParameter(parameter, "must describe the matter; it is empty.");
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_TEXT_LENGTH) {
            throw Problems.invalidParameter(parameter, "must be at most " + MAX_TEXT_LENGTH + " characters long.");
        }
        if (stripped.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw Problems.invalidParameter(parameter,
                    "must contain words; it holds only punctuation, symbols or emoji.");
        }
        return stripped;
    }

    private static RoutingAnswer answer(TownshipRecord township, String ticketNumber, Routing routing,
            TownshipIndex index) {
        Map<String, Double> weights = termWeights(routing.query(), index);
        List<Candidate> candidates = routing.candidates().stream().map(c -> candidate(c, weights)).toList();
        Dispatch dispatch = null;
        if (routing.decision() == RoutingEngine.Decision.DISPATCH) {
            List<RoutingViews.Unit> units = candidates.getFirst().units();
            dispatch = new Dispatch(units.getFirst(),
                    units.stream().filter(u -> u.role() == UnitRole.ASSIST).toList(),
                    candidates.getFirst().citation());
        }
        List<RoutingViews.Unit> referTo = null;
        if (routing.reason() == RoutingEngine.Reason.NOT_COVERED || routing.reason() == RoutingEngine.Reason.NO_MATCH) {
            // Where the lists allow, who usually handles such matters: the county departments that lead or took
            // back the nearest items. A dispatcher asks them first; the lists do not oblige them.
            Map<String, RoutingViews.Unit> departments = new java.util.LinkedHashMap<>();
            candidates.stream().flatMap(c -> c.units().stream())
                    .filter(u -> u.type() == UnitType.DEPARTMENT
                            && (u.role() == UnitRole.LEAD || u.role() == UnitRole.RECEIVER))
                    .forEach(u -> departments.putIfAbsent(u.id(), u));
            referTo = departments.isEmpty() ? null : departments.values().stream().limit(MAX_REFERRALS).toList();
        }
        Analysis analysis = new Analysis(List.copyOf(routing.query().terms().words().keySet()),
                routing.query().thesaurusHits().stream()
                        .map(h -> new ThesaurusHit(h.phrase(), h.terms(), h.outside())).toList(),
                routing.query().examples().nearest().stream().map(n -> new SimilarRequest(n.example().text(),
                        n.itemPosition() < 0 ? null : index.items().get(n.itemPosition()).id(),
                        n.itemPosition() < 0)).toList());
        return new RoutingAnswer(new TownshipRef(township.id(), township.name()), ticketNumber, routing.decision(),
                routing.reason(), dispatch, referTo, candidates, routing.otherMatters().isEmpty() ? null
                        : routing.otherMatters().stream().map(o -> new RoutingViews.OtherMatter(o.statement(),
                                candidate(o.candidate(), termWeights(o.query(), index)))).toList(),
                analysis);
    }

    /** How much each word of the request weighs, to order the matched passages. */
    private static Map<String, Double> termWeights(RoutingEngine.Query query, TownshipIndex index) {
        Map<String, Double> weights = new HashMap<>();
        query.terms().words().forEach((t, w) -> weights.put(t, w * index.idf(t)));
        return weights;
    }

    private static Candidate candidate(RoutingEngine.Candidate c, Map<String, Double> weights) {
        return new Candidate(
                new ItemRef(c.item().id(), c.item().kind(), c.item().number(),
                        new CategoryRef(c.item().categoryCode(), c.item().categoryName()), c.item().name()),
                c.units().stream().map(RoutingService::unit).toList(),
                Math.round(c.confidence() * 1000) / 1000.0,
                c.item().citation(),
                MatchedPassages.of(c.item(), c.matchedTerms(), weights).stream()
                        .map(p -> new Match(p.field(), p.text(), p.marked(),
                                p.highlights().stream().map(h -> new Highlight(h[0], h[1])).toList()))
                        .toList());
    }

    private static RoutingViews.Unit unit(RoutableItem.Unit u) {
        return new RoutingViews.Unit(u.id(), u.name(), u.type(), u.role());
    }
}
