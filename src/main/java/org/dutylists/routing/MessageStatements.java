package org.dutylists.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a citizen's message is read: its subject line and its sentences, each with a role that says how much it tells
 * about the matter. Real messages are long and narrative: they greet, tell the history of earlier complaints and name
 * the channel (12345, 市长信箱, 信访) before or after the sentences that state the matter and what the citizen asks
 * for. The words of a greeting or of the complaint's history must not decide the matter, and a 5,000-character
 * message must not cost a hundred times a short one: only the statements that carry the matter are analysed, up to
 * {@link #MAX_ANALYSED_CHARACTERS}.
 */
public final class MessageStatements {
    /**
     * The most characters of a message that are analysed: the subject and the sentences that state the matter come
     * first; later narrative is dropped beyond this. Real messages state their matter early or in their demand.
     */
    static final int MAX_ANALYSED_CHARACTERS = 700;

    /**
     * The longest request without a title that is read as a brief request: every sentence of it states the matter,
     * whatever its words (a hotline operator's ticket, an app question).
     */
    static final int BRIEF_MESSAGE = 120;

    /** What a statement is, and how much its words count in the query. */
    public enum Role {
        /** The citizen's own title: the matter in a few words. */
        SUBJECT(1.0),
        /** A sentence that asks for something (希望、要求、请…): the matter the citizen wants acted on. */
        DEMAND(1.0),
        /** A sentence of the story: often the matter, sometimes background. */
        NARRATIVE(0.75),
        /** The history of the complaint and the channel (多次反映、12345、至今没有解决): how, not what. */
        HISTORY(0.3),
        /** A greeting or thanks: says nothing about the matter. */
        COURTESY(0);

        final double weight;

        Role(double weight) {
            this.weight = weight;
        }

        public double weight() {
            return weight;
        }

        /** Whether the statement states the matter (its words count as the request's concepts). */
        public boolean statesMatter() {
            return weight >= NARRATIVE.weight;
        }
    }

    public record Statement(String text, Role role) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;\\n])|(?<=……)");
    private static final Pattern DEMAND = Pattern.compile(
            "希望|恳请|请求|要求|建议|呼吁|请.{0,6}(部门|领导|政府|相关|有关|尽快|督促|查处|处理|解决|核实|调查|整改|取缔|关注|帮助)"
                    + "|盼|能否|可否|应该|怎么办|什么时候|何时|是否");
    private static final Pattern HISTORY = Pattern.compile(
            "12345|12315|12369|热线|市长信箱|书记信箱|信访|留言|多次反映|反映过|多次投诉|投诉过|投诉了|打电话|致电|来电"
                    + "|回复|答复|至今|迟迟|一直没有|一直未|没有结果|没有下文|石沉大海|踢皮球|推诿|互相推|不了了之|无人理|没人理|无果");
    /** The channel a message came through and the verbs of complaining: how, never what. */
    private static final Pattern CHANNEL = Pattern.compile(
            "12345|12315|12369|热线|市长信箱|书记信箱|留言板|网络问政|信访|上访|投诉|举报|反映|来电|致电|打电话|回复|答复");
    /** A sentence that is only an address to its reader (尊敬的领导：您好！). */
    private static final Pattern ADDRESS = Pattern.compile(
            "^(尊敬的|敬爱的|亲爱的)?.{0,12}(领导|书记|市长|县长|区长|局长|主任|同志|工作人员)(们)?[：:，,\\s]*(您好|你们好|好)?[：:，,！!。\\s]*$"
                    + "|^(您好|你好|你们好|大家好)[！!，,。]?$");
    /** Words of thanks and closing, wherever they stand: a sentence of nothing else is courtesy. */
    private static final Pattern THANKS = Pattern.compile("谢谢|感谢|辛苦了|此致|敬礼|万分感激|不胜感激|麻烦了|拜托了");

    private MessageStatements() {
    }

    /**
     * The statements of a message, in reading order, the subject first.
     *
     * @param subject the message's title, or null
     */
    public static List<Statement> of(String subject, String text) {
        List<Statement> statements = new ArrayList<>();
        boolean titled = subject != null && !subject.isBlank();
        // A short request without a title (a hotline operator's ticket, an app question) is all matter, whatever
        // words it uses (「我打12345反映的事没人管」 is about the hotline); only its greetings say nothing.
        if (isBrief(subject, text)) {
            for (String sentence : sentences(text)) {
                statements.add(new Statement(sentence, role(sentence) == Role.COURTESY ? Role.COURTESY
                        : Role.NARRATIVE));
            }
            return statements;
        }
        if (titled) {
            addWithoutChannel(statements, subject.strip(), Role.SUBJECT);
        }
        for (String sentence : sentences(text)) {
            addWithoutChannel(statements, sentence, role(sentence));
        }
        return statements;
    }

    /**
     * In a message, the words of the channel (12345, 投诉, 信访, 反映) say how it came, whatever the sentence: they
     * are taken out of a sentence that states the matter and kept, at the history's weight, as a statement of their
     * own.
     */
    private static void addWithoutChannel(List<Statement> statements, String sentence, Role role) {
        if (role.weight() <= Role.HISTORY.weight() || !CHANNEL.matcher(sentence).find()) {
            if (hasWords(sentence)) {
                statements.add(new Statement(sentence, role));
            }
            return;
        }
        Matcher channel = CHANNEL.matcher(sentence);
        StringBuilder matter = new StringBuilder();
        StringBuilder words = new StringBuilder();
        while (channel.find()) {
            words.append(channel.group()).append(' ');
            channel.appendReplacement(matter, " ");
        }
        channel.appendTail(matter);
        // A title of nothing but 「投诉」 states no matter: its words weigh as history only.
        if (hasWords(matter.toString())) {
            statements.add(new Statement(matter.toString(), role));
        }
        if (!words.isEmpty()) {
            statements.add(new Statement(words.toString().strip(), Role.HISTORY));
        }
    }

    /** Whether a request is brief (no title, at most {@link #BRIEF_MESSAGE} characters) rather than a message. */
    public static boolean isBrief(String subject, String text) {
        return (subject == null || subject.isBlank()) && (text == null || text.length() <= BRIEF_MESSAGE);
    }

    /**
     * The statements to analyse: those that carry the matter, most telling first, up to
     * {@link #MAX_ANALYSED_CHARACTERS}, returned in reading order. A single statement longer than the limit is cut.
     */
    public static List<Statement> analysed(List<Statement> statements) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).role() != Role.COURTESY) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -statements.get(i).role().weight()));
        boolean[] kept = new boolean[statements.size()];
        int budget = MAX_ANALYSED_CHARACTERS;
        List<Statement> cut = new ArrayList<>(statements);
        for (int i : order) {
            if (budget <= 0) {
                break;
            }
            Statement s = statements.get(i);
            if (s.text().length() > budget) {
                cut.set(i, new Statement(cut(s.text(), budget), s.role()));
            }
            budget -= cut.get(i).text().length();
            kept[i] = true;
        }
        List<Statement> result = new ArrayList<>();
        for (int i = 0; i < cut.size(); i++) {
            if (kept[i]) {
                result.add(cut.get(i));
            }
        }
        return result;
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        for (String s : SENTENCE_END.split(text)) {
            String sentence = s.strip();
            if (hasWords(sentence)) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The text's first {@code length} characters, never splitting a surrogate pair. */
    public static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }

    static Role role(String sentence) {
        // 「请尽快修理，谢谢！」 asks for something: only a sentence with nothing but courtesy in it says nothing.
        if (ADDRESS.matcher(sentence).find() || !hasWords(THANKS.matcher(sentence).replaceAll(""))) {
            return Role.COURTESY;
        }
        boolean history = HISTORY.matcher(sentence).find();
        if (DEMAND.matcher(sentence).find()) {
            return history && sentence.length() > 60 ? Role.NARRATIVE : Role.DEMAND;
        }
        return history ? Role.HISTORY : Role.NARRATIVE;
    }
}
