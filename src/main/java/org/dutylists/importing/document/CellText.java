package org.dutylists.importing.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a published cell, which may hold HTML fragments ({@code <p>}, unclosed {@code <ol>}, {@code <ul>}), into
 * its text: tags removed, a line break where a block element starts or ends, every other character kept exactly
 * (typos, stray words, inner spaces). jsoup does the HTML reading because the fragments are not well formed.
 */
public final class CellText {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "ol", "ul", "li", "div", "br", "tr", "td", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "section");
    private static final Pattern TAG_LIKE = Pattern.compile("<\\s*/?\\s*[a-zA-Z]");
    private static final String EDGE_SPACE = "[\\s\\u00A0\\u3000]+";

    private CellText() {
    }

    public static String of(String publishedCell) {
        if (!TAG_LIKE.matcher(publishedCell).find() && publishedCell.indexOf('&') < 0) {
            return joinLines(List.of(publishedCell.split("\\R", -1)));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Element body = Jsoup.parseBodyFragment(publishedCell).body();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element element && isBlock(element)) {
                    breakLine();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && isBlock(element)) {
                    breakLine();
                }
            }

            private void breakLine() {
                lines.add(current.toString());
                current.setLength(0);
            }
        });
        lines.add(current.toString());
        List<String> split = new ArrayList<>();
        for (String line : lines) {
            split.addAll(List.of(line.split("\\R", -1)));
        }
        return joinLines(split);
    }

    private static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    /** Trims each line's edges and drops empty lines: only whitespace goes, never a published character. */
    private static String joinLines(List<String> lines) {
        StringBuilder s = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.replaceAll("^" + EDGE_SPACE, "").replaceAll(EDGE_SPACE + "$", "");
            if (!trimmed.isEmpty()) {
                if (!s.isEmpty()) {
                    s.append('\n');
                }
                s.append(trimmed);
            }
        }
        return s.toString();
    }
}
