package org.dutylists.routing.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dutylists.kernel.DepartmentNames;
import org.dutylists.kernel.DutyKind;
import org.dutylists.kernel.UnitType;
import org.dutylists.routing.RoutingEngine;
import org.dutylists.routing.RoutingService;
import org.dutylists.routing.RoutingEngine.Candidate;
import org.dutylists.routing.RoutingEngine.Routing;
import org.dutylists.routing.index.RoutableItem;
import org.dutylists.routing.index.TownshipIndex;
import org.dutylists.routing.thesaurus.Thesaurus;

/**
 * Measures routing on labelled tickets (the format of {@code shared/routing/dev.jsonl}): lead-unit top-1 accuracy
 * and item hit@1/hit@3 on in-scope tickets, recall and precision of MANUAL_REVIEW on out-of-scope ones, the share of
 * in-scope tickets wrongly sent to manual review, per township, and how well confidences are calibrated.
 */
public final class RoutingEvaluation {
    private RoutingEvaluation() {
    }

    /** One labelled ticket. {@code kind} is basic, cooperative, transferred or none (out of scope). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelledTicket(String id, String township, String subject, String text, String kind,
            List<Integer> items, List<String> lead) {
        public LabelledTicket {
            if (!"none".equals(kind) && (kind == null || DutyKind.parse(kind).isEmpty())) {
                throw new IllegalArgumentException("Ticket " + id + ": kind must be basic, cooperative, transferred"
                        + " or none, got " + kind);
            }
            if (!"none".equals(kind) && (lead == null || lead.isEmpty() || items == null || items.isEmpty())) {
                throw new IllegalArgumentException("Ticket " + id + ": an in-scope ticket needs its items and the"
                        + " lead unit(s) that must receive it");
            }
        }

        public boolean inScope() {
            return !"none".equals(kind);
        }

        DutyKind dutyKind() {
            return DutyKind.parse(kind).orElse(null);
        }

        /** The subject line, where there is one, and the text: what an example request records. */
        public String fullText() {
            return subject == null || subject.isBlank() ? text : subject + "\n" + text;
        }

        /**
         * With a real message's subject and text, as the API takes them: a real message may be longer than the text
         * (5,000) or the title (200) it accepts. Fitting and measuring both see the cut message.
         */
        LabelledTicket withMessage(RealMessages.Message message) {
            return new LabelledTicket(id, township, cut(message.subject(), RoutingService.MAX_SUBJECT_LENGTH),
                    cut(message.text(), RoutingService.MAX_TEXT_LENGTH), kind, items, lead);
        }
    }

    /**
     * Reads labelled tickets, one JSON object per line; a malformed line is an error naming its number. Labels of real
     * messages carry no text (the texts are a third party's and stay outside the project): their subject and text
     * are read from the real messages file by ID.
     */
    public static List<LabelledTicket> readTickets(ObjectMapper json, Path file) throws IOException {
        List<LabelledTicket> tickets = readLabels(json, file);
        if (tickets.stream().noneMatch(t -> t.text() == null)) {
            return tickets;
        }
        Map<String, RealMessages.Message> messages = RealMessages.read(json, RealMessages.location());
        List<LabelledTicket> resolved = new ArrayList<>(tickets.size());
        for (LabelledTicket ticket : tickets) {
            if (ticket.text() != null) {
                resolved.add(ticket);
                continue;
            }
            RealMessages.Message message = messages.get(ticket.id());
            if (message == null) {
                throw new IOException(file + ": label " + ticket.id() + " names no message of "
                        + RealMessages.location());
            }
            resolved.add(ticket.withMessage(message));
        }
        return resolved;
    }

    private static List<LabelledTicket> readLabels(ObjectMapper json, Path file) throws IOException {
        List<LabelledTicket> tickets = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                tickets.add(json.readValue(lines.get(i), LabelledTicket.class));
            } catch (IOException | RuntimeException e) {
                throw new IOException(file + ", line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return tickets;
    }

    /** The outcome of one ticket. */
    public record Outcome(LabelledTicket ticket, Routing routing, int correctRank, boolean leadCorrect) {
        boolean manualReview() {
            return routing.decision() == RoutingEngine.Decision.MANUAL_REVIEW;
        }
    }

    /** The figures of one group of tickets. */
    public record Figures(int inScope, int outOfScope, double leadTop1, double hitAt1, double hitAt3,
            double outOfScopeRecall, double outOfScopePrecision, double inScopeSentToReview) {
    }

    public static List<Outcome> run(RoutingEngine engine, Function<String, TownshipIndex> indexOfTownship,
            Thesaurus thesaurus, List<LabelledTicket> tickets) {
        List<Outcome> outcomes = new ArrayList<>();
        for (LabelledTicket ticket : tickets) {
            TownshipIndex index = indexOfTownship.apply(ticket.township());
            Routing routing = engine.route(index, thesaurus, ticket.subject(), ticket.text(), Optional.empty());
            outcomes.add(new Outcome(ticket, routing, correctRank(ticket, routing), leadCorrect(ticket, routing)));
        }
        return outcomes;
    }

    private static String cut(String text, int length) {
        return text == null || text.codePointCount(0, text.length()) <= length ? text
                : text.substring(0, text.offsetByCodePoints(0, length));
    }

    /** The rank (0-based) of the first candidate that is a right item, or -1. */
    static int correctRank(LabelledTicket ticket, Routing routing) {
        if (!ticket.inScope()) {
            return -1;
        }
        List<Candidate> candidates = routing.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            if (isRight(ticket, candidates.get(i).item())) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isRight(LabelledTicket ticket, RoutableItem item) {
        return ticket.inScope() && item.kind() == ticket.dutyKind() && ticket.items().contains(item.number());
    }

    /** Whether the top candidate's first unit (the one a dispatcher would send the ticket to) is a right one. */
    static boolean leadCorrect(LabelledTicket ticket, Routing routing) {
        if (!ticket.inScope() || routing.candidates().isEmpty()) {
            return false;
        }
        RoutableItem.Unit lead = routing.candidates().getFirst().units().getFirst();
        return ticket.lead().stream().anyMatch(expected -> lead.type() == UnitType.TOWNSHIP
                ? expected.equals(lead.name())
                : DepartmentNames.areVariants(expected, lead.name())
                        || (lead.spelledAs() != null && DepartmentNames.areVariants(expected, lead.spelledAs())));
    }

    public static Figures figures(List<Outcome> outcomes) {
        List<Outcome> in = outcomes.stream().filter(o -> o.ticket.inScope()).toList();
        List<Outcome> out = outcomes.stream().filter(o -> !o.ticket.inScope()).toList();
        long reviewed = outcomes.stream().filter(Outcome::manualReview).count();
        long outReviewed = out.stream().filter(Outcome::manualReview).count();
        return new Figures(in.size(), out.size(),
                share(in.stream().filter(Outcome::leadCorrect).count(), in.size()),
                share(in.stream().filter(o -> o.correctRank == 0).count(), in.size()),
                share(in.stream().filter(o -> o.correctRank >= 0 && o.correctRank < 3).count(), in.size()),
                share(outReviewed, out.size()),
                share(outReviewed, reviewed),
                share(in.stream().filter(Outcome::manualReview).count(), in.size()));
    }

    /** Reliability of the top candidate's confidence: per bin, mean confidence against the share of right answers. */
    public static List<double[]> calibration(List<Outcome> outcomes, int bins) {
        double[][] table = new double[bins][3];
        for (Outcome o : outcomes) {
            if (o.routing.candidates().isEmpty()) {
                continue;
            }
            double p = o.routing.candidates().getFirst().confidence();
            int bin = Math.min(bins - 1, (int) (p * bins));
            table[bin][0] += p;
            table[bin][1] += o.correctRank == 0 ? 1 : 0;
            table[bin][2]++;
        }
        List<double[]> rows = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (table[b][2] > 0) {
                rows.add(new double[] {(double) b / bins, (b + 1.0) / bins, table[b][0] / table[b][2],
                        table[b][1] / table[b][2], table[b][2]});
            }
        }
        return rows;
    }

    /** Expected calibration error of the top candidates' confidences. */
    public static double expectedCalibrationError(List<Outcome> outcomes, int bins) {
        double total = outcomes.stream().filter(o -> !o.routing.candidates().isEmpty()).count();
        double error = 0;
        for (double[] row : calibration(outcomes, bins)) {
            error += row[4] / total * Math.abs(row[2] - row[3]);
        }
        return error;
    }

    public static String render(String title, List<Outcome> outcomes) {
        StringBuilder s = new StringBuilder();
        s.append(title).append('\n');
        s.append(String.format(Locale.ROOT, "  %-14s %5s %5s %9s %7s %7s %9s %9s %9s%n", "group", "in", "out",
                "lead@1", "hit@1", "hit@3", "oosRecall", "oosPrec", "inToReview"));
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        groups.put("all", outcomes);
        outcomes.forEach(o -> groups.computeIfAbsent(o.ticket.township(), k -> new ArrayList<>()).add(o));
        groups.forEach((name, group) -> {
            Figures f = figures(group);
            s.append(String.format(Locale.ROOT, "  %-14s %5d %5d %9.3f %7.3f %7.3f %9.3f %9.3f %9.3f%n", name,
                    f.inScope(), f.outOfScope(), f.leadTop1(), f.hitAt1(), f.hitAt3(), f.outOfScopeRecall(),
                    f.outOfScopePrecision(), f.inScopeSentToReview()));
        });
        return s.toString();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
