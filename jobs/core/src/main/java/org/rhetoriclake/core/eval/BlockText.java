package org.rhetoriclake.core.eval;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML truth file (an expected extraction), one line per block: every block element and
 * {@code <br>} ends a line, blank runs inside a line fold to one space, empty lines are dropped. Scripts and
 * styles are not text.
 */
public final class BlockText {
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "center", "dd", "div",
            "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
            "main", "ol", "p", "pre", "section", "table", "caption", "tr", "td", "th", "ul", "br");
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template");

    private BlockText() {
    }

    /** The block text of {@code root}'s content. */
    public static String of(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !insideNonText(t)) {
                    line.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    endLine(out, line);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    endLine(out, line);
                }
            }
        }, root);
        endLine(out, line);
        return out.toString();
    }

    private static boolean insideNonText(TextNode t) {
        for (Node p = t.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && NOT_TEXT.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void endLine(StringBuilder out, StringBuilder line) {
        String folded = TruthValues.fold(line.toString());
        line.setLength(0);
        if (!folded.isEmpty()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(folded);
        }
    }
}
