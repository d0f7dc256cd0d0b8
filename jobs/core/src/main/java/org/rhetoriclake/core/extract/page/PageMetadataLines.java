package org.rhetoriclake.core.extract.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of a page as lines, the way a reader sees it: a new line at every block element and
 * {@code <br>}, whitespace folded, empty lines dropped. Each line remembers the block it came from, whether it is
 * emphasised (a heading, bold or large type), and whether it sits in page furniture — footer, navigation, sidebar,
 * comments, related or recommended lists, sharing bars — found by element name ({@code footer}, {@code nav},
 * {@code aside}) or by {@code class}/{@code id} words. The date and credit rules read the lines near the headline
 * and skip the furniture, where dates and names belong to other articles.
 */
final class PageMetadataLines {
    /** One line of visible text. */
    record Line(int index, String text, Element block, boolean furniture, boolean emphasised, boolean linked) {
    }

    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "aside", "br", "body",
            "html", "option", "legend");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "math", "canvas", "video", "audio", "select", "textarea", "head", "button", "map", "title");
    private static final Set<String> FURNITURE_TAGS = Set.of("footer", "nav", "aside");
    /** Words of {@code class} and {@code id} values that mark page furniture (compared whole, lower case). */
    private static final Set<String> FURNITURE_WORDS = Set.of("footer", "foot", "ft", "copyright", "copy",
            "comment", "comments", "cmt", "reply", "replies", "related", "relate", "relative", "recommend",
            "recommended", "recommendation", "sidebar", "side", "aside", "hot", "hotnews", "rank", "ranking", "nav",
            "navbar", "navigation", "menu", "breadcrumb", "crumb", "crumbs", "share", "sharing", "bdshare", "ad",
            "ads", "advert", "advertisement", "topbar", "toolbar", "login", "more", "morenews", "links", "friendlink",
            "weixin", "qrcode");
    /** Prefixes of {@code class}/{@code id} words that mark furniture even when run together ({@code footerWrap}). */
    private static final List<String> FURNITURE_PREFIXES = List.of("footer", "copyright", "comment", "related",
            "recommend", "sidebar", "breadcrumb", "navbar", "hotnews", "friendlink");
    private static final Set<String> EMPHASIS = Set.of("h1", "h2", "h3", "strong", "b", "big");

    private PageMetadataLines() {
    }

    /** The lines of {@code root} (normally the page body) in reading order. */
    static List<Line> of(Element root) {
        Walk walk = new Walk();
        NodeTraversor.filter(walk, root);
        walk.flush();
        return walk.lines;
    }

    /** True when {@code e} is page furniture by name, {@code class} or {@code id}. */
    static boolean isFurniture(Element e) {
        if (FURNITURE_TAGS.contains(e.normalName())) {
            return true;
        }
        String id = e.id();
        if (id.contains("/") || id.contains(":")) {
            id = ""; // a URL kept as an id by an archiver, not a name for page furniture
        }
        String className = e.className();
        if (className.isEmpty() && id.isEmpty()) {
            return false;
        }
        // Split into ASCII letter/digit words by hand: this runs for every element of every page, and a regex
        // split compiles its pattern on each call.
        return hasFurnitureWord(className) || hasFurnitureWord(id);
    }

    private static boolean hasFurnitureWord(String names) {
        int n = names.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(names.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(names.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = names.substring(start, i).toLowerCase(Locale.ROOT);
                if (FURNITURE_WORDS.contains(w)) {
                    return true;
                }
                for (String p : FURNITURE_PREFIXES) {
                    if (w.startsWith(p)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static final class Walk implements NodeFilter {
        final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Element> blocks = new ArrayList<>();
        private int furnitureDepth;
        private int emphasisDepth;
        private int linkDepth;
        private boolean lineFurniture;
        private boolean lineAllEmphasised = true;
        private boolean lineAllLinked = true;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (!PageMetadataText.isBlank(s)) {
                    lineFurniture |= furnitureDepth > 0;
                    lineAllEmphasised &= emphasisDepth > 0;
                    lineAllLinked &= linkDepth > 0;
                }
                text.append(s);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String name = e.normalName();
            if (SKIPPED.contains(name)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(name)) {
                flush();
                blocks.add(e);
            }
            if (isFurniture(e)) {
                furnitureDepth++;
            }
            if (isEmphasis(e)) {
                emphasisDepth++;
            }
            if (name.equals("a")) {
                linkDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String name = e.normalName();
            if (BLOCKS.contains(name)) {
                flush();
                if (!blocks.isEmpty()) {
                    blocks.remove(blocks.size() - 1);
                }
            }
            if (isFurniture(e)) {
                furnitureDepth--;
            }
            if (isEmphasis(e)) {
                emphasisDepth--;
            }
            if (name.equals("a")) {
                linkDepth--;
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isEmphasis(Element e) {
            String name = e.normalName();
            if (EMPHASIS.contains(name)) {
                return true;
            }
            if (name.equals("font")) {
                String size = e.attr("size").trim();
                return size.matches("\\+[1-4]|[4-7]");
            }
            return false;
        }

        void flush() {
            String s = PageMetadataText.fold(text.toString());
            text.setLength(0);
            if (!s.isEmpty()) {
                Element block = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                lines.add(new Line(lines.size(), s, block, lineFurniture, lineAllEmphasised, lineAllLinked));
            }
            lineFurniture = false;
            lineAllEmphasised = true;
            lineAllLinked = true;
        }
    }
}
