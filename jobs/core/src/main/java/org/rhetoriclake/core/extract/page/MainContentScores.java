package org.rhetoriclake.core.extract.page;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One bottom-up pass over a page that measures every element's subtree: visible characters, characters inside
 * links, and how much of the text reads as prose.
 *
 * <p>Text is measured in "blocks", the runs of inline content a reader sees as one paragraph (text directly in a
 * block element, together with the text of its inline children). A block's non-link characters count as
 * <em>prose</em> in proportion to its punctuation density (Chinese running text has a ，or 。 every dozen or so
 * characters; menus, tag clouds, dates and copyright lines have none), and everything else it holds counts as
 * <em>boilerplate</em>: its link text in full, its unpunctuated text at a discount. A block that is mostly link
 * text, or a list item with a link in it (a headline with its summary), is no prose at all; the page's
 * {@code <h1>} is neither. Subtree sums give each element a content score, {@code prose − 1.5 × boilerplate}:
 * the element that holds the most running text for the least surrounding clutter scores highest (the idea behind
 * text-density and link-density extractors such as CETD, computed here as a maximum-weight subtree).
 *
 * <p>Boxes that are never article text are left out of their container's prose and weigh on it only lightly
 * (they will be dropped from the extraction anyway): boxes whose tag or class/id says navigation, comments,
 * sharing or related links ({@link MainContentNames}), and legal notices, recognised by how their text starts.
 * Elements that cannot show text (scripts, styles, hidden elements) are skipped with their subtrees.
 *
 * <p>Every text node is read once and every element is visited once, so the cost is linear in the page size; no
 * subtree's {@code text()} is ever built (a second pass runs in the rare case of a page wrapper named like
 * boilerplate, see {@link #measure}).
 */
final class MainContentScores {
    /** Elements that open a block of text (the same notion as the article walk). */
    static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "ol", "p", "pre", "section", "summary",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "nav", "aside", "form");
    /** Never visible text. */
    static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "math", "canvas", "video", "audio", "select", "textarea", "input", "button", "head",
            "title", "meta", "link", "base", "map", "option");
    /** A block counts as fully prose at one punctuation mark per this many non-link characters. */
    static final double CHARS_PER_MARK = 22;
    /** Weight of unpunctuated non-link text as boilerplate (link text weighs 1). */
    static final double PLAIN_WEIGHT = 0.5;
    /** Share of the page's running text above which a box named as boilerplate is taken for a page wrapper. */
    static final double WRAPPER_SHARE = 0.8;
    /** How many leading characters of each element are kept for recognising legal notices. */
    static final int LEAD_CHARS = 40;
    /** How much a unit of boilerplate takes off a region's score (a unit of prose adds 1). */
    static final double BOILERPLATE_WEIGHT = 1.5;
    /** Boilerplate weight per character of a box named as boilerplate (it is dropped from the extraction). */
    static final double JUNK_WEIGHT = 0.25;
    /** A block whose link share is at least this is a link (menu item, headline), not prose. */
    static final double LINK_BLOCK = 0.5;

    /** Measures of one element's subtree. */
    static final class Stats {
        /** Visible non-blank characters. */
        int chars;
        /** Of which inside {@code <a href>}. */
        int linkChars;
        /** Prose characters and boilerplate weight, summed over the blocks in the subtree. */
        double prose;
        double boilerplate;
        /** Prose in the subtree whatever the boxes are named: how much running text the element really holds. */
        double rawProse;
        /** The tag or names call it boilerplate (not comments): it may still turn out to wrap the whole page. */
        boolean named;
        /** Blocks that are links (a headline, a menu entry): at least {@link #LINK_BLOCK} of their text. */
        int linkBlocks;
        /** The subtree holds a block element (so this element is a container, not inline text). */
        boolean hasBlock;
        /** Hidden or named as navigation/comments/sharing: all text is boilerplate, never content. */
        boolean junk;
        /** Inside such a box: never content either (a comment thread's own paragraphs). */
        boolean insideJunk;
        /** Prose of the element's own block (its direct text and inline children), 0 when it has none. */
        double ownProse;
        /** Characters of the element's own block, and how many of them are link text. */
        int ownChars;
        int ownLink;
        /** The first {@link #LEAD_CHARS} visible characters of the subtree, for {@link MainContentNames#isNotice}. */
        StringBuilder lead;
        /** Inline text not yet assigned to a block; handed up to the enclosing block. */
        int pendChars;
        int pendLink;
        double pendMarks;

        double score() {
            return prose - BOILERPLATE_WEIGHT * boilerplate;
        }
    }

    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    /** Measured elements in post-order: every element comes after its descendants. */
    private final List<Element> order = new ArrayList<>();

    /** Boxes named as boilerplate that are known to wrap the page's text. */
    private final Set<Element> wrappers;

    private MainContentScores(Set<Element> wrappers) {
        this.wrappers = wrappers;
    }

    /**
     * Measures {@code root} and every element below it. A box named as boilerplate that holds most of the page's
     * running text is a page wrapper with an unlucky class ({@code blq-int-nav}), not boilerplate: when there is
     * one, the page is measured again with such boxes taken at face value (this second pass is rare).
     */
    static MainContentScores measure(Element root) {
        MainContentScores scores = new MainContentScores(Set.of());
        scores.walk(root);
        Stats top = scores.stats.get(root);
        Set<Element> wrappers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element el : scores.order) {
            Stats s = scores.stats.get(el);
            if (s.named && s.rawProse > WRAPPER_SHARE * top.rawProse) {
                wrappers.add(el);
            }
        }
        if (wrappers.isEmpty()) {
            return scores;
        }
        MainContentScores again = new MainContentScores(wrappers);
        again.walk(root);
        return again;
    }

    /** The measures of {@code el}, or null when it was skipped (invisible) or is outside the measured tree. */
    Stats get(Element el) {
        return stats.get(el);
    }

    /** Measured elements, descendants before their ancestors. */
    List<Element> postOrder() {
        return order;
    }

    private void walk(Element root) {
        Deque<Stats> open = new ArrayDeque<>();
        int[] linkDepth = {0};
        int[] junkDepth = {0};
        int[] listDepth = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Stats s = open.peek();
                    if (s != null) {
                        String text = t.getWholeText();
                        text(s, text, linkDepth[0] > 0);
                        lead(open, text);
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) {
                    return FilterResult.SKIP_ENTIRELY; // comments, data nodes
                }
                if (el != root && (INVISIBLE.contains(el.normalName()) || MainContentNames.isHidden(el))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                Stats s = new Stats();
                MainContentNames.Verdict verdict = el == root ? MainContentNames.Verdict.NONE
                        : MainContentNames.verdict(el);
                s.named = verdict == MainContentNames.Verdict.BOILERPLATE;
                s.junk = verdict == MainContentNames.Verdict.COMMENTS || s.named && !wrappers.contains(el);
                s.insideJunk = junkDepth[0] > 0;
                if (s.junk) {
                    junkDepth[0]++;
                }
                open.push(s);
                if (isLink(el)) {
                    linkDepth[0]++;
                }
                if (isListItem(el)) {
                    listDepth[0]++;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                Stats s = open.pop();
                if (s.junk) {
                    junkDepth[0]--;
                } else if (el != root && s.lead != null && MainContentNames.isNotice(el, s.lead)) {
                    s.junk = true; // known only now that its text has been read; its descendants stay candidates
                }
                if (isLink(el)) {
                    linkDepth[0]--;
                }
                boolean block = BLOCKS.contains(el.normalName()) || s.hasBlock || el == root;
                if (block || s.junk) {
                    closeBlock(s, el.normalName().equals("h1"), listDepth[0] > 0);
                }
                if (isListItem(el)) {
                    listDepth[0]--;
                }
                stats.put(el, s);
                order.add(el);
                Stats parent = open.peek();
                if (parent != null) {
                    parent.rawProse += s.rawProse;
                }
                if (parent != null && s.junk) {
                    // Left out of the extraction whatever it holds, so it only weighs lightly on its container.
                    parent.hasBlock |= block;
                    parent.boilerplate += JUNK_WEIGHT * s.chars;
                } else if (parent != null) {
                    parent.chars += s.chars;
                    parent.linkChars += s.linkChars;
                    parent.prose += s.prose;
                    parent.boilerplate += s.boilerplate;
                    parent.linkBlocks += s.linkBlocks;
                    parent.hasBlock |= block;
                    parent.pendChars += s.pendChars;
                    parent.pendLink += s.pendLink;
                    parent.pendMarks += s.pendMarks;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean isListItem(Element el) {
        String tag = el.normalName();
        return tag.equals("li") || tag.equals("dd") || tag.equals("dt");
    }

    private static boolean isLink(Element el) {
        return el.normalName().equals("a") && el.hasAttr("href");
    }

    /**
     * Appends the start of a text to the leads of the open elements that still have room. Leads only grow going
     * up the stack (an ancestor's text starts no later than its descendant's), so the walk stops at the first
     * full one, and every element takes at most {@link #LEAD_CHARS} characters in all: linear overall.
     */
    private static void lead(Deque<Stats> open, String text) {
        for (Stats s : open) {
            if (s.lead == null) {
                s.lead = new StringBuilder(LEAD_CHARS);
            }
            if (s.lead.length() >= LEAD_CHARS) {
                return;
            }
            for (int i = 0; i < text.length() && s.lead.length() < LEAD_CHARS; i++) {
                char c = text.charAt(i);
                if (!isBlank(c)) {
                    s.lead.append(c);
                }
            }
        }
    }

    /** Counts a text node's visible characters and punctuation into the open element's pending block. */
    private static void text(Stats s, String text, boolean inLink) {
        int visible = 0;
        double marks = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isBlank(c) || Character.isLowSurrogate(c)) {
                continue;
            }
            visible++;
            marks += marks(c, i + 1 < n ? text.charAt(i + 1) : ' ');
        }
        s.chars += visible;
        s.pendChars += visible;
        if (inLink) {
            s.linkChars += visible;
            s.pendLink += visible;
        } else {
            s.pendMarks += marks;
        }
    }

    /** Turns the pending inline text into one block's prose and boilerplate. */
    private static void closeBlock(Stats s, boolean headline, boolean listItem) {
        int chars = s.pendChars;
        if (chars > 0) {
            int link = s.pendLink;
            int plain = chars - link;
            s.ownChars = chars;
            s.ownLink = link;
            double prose = 0;
            if (headline) {
                // a headline is the page's title, neither body nor clutter
                s.pendChars = 0;
                s.pendLink = 0;
                s.pendMarks = 0;
                return;
            }
            if (plain > 0 && link < LINK_BLOCK * chars && !(listItem && link > 0)) {
                prose = plain * Math.min(1.0, s.pendMarks * CHARS_PER_MARK / plain);
            }
            s.prose += prose;
            s.rawProse += prose;
            s.boilerplate += link + (plain - prose) * PLAIN_WEIGHT;
            s.ownProse = prose;
            if (link >= LINK_BLOCK * chars) {
                s.linkBlocks++;
            }
        }
        s.pendChars = 0;
        s.pendLink = 0;
        s.pendMarks = 0;
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * Sentence punctuation, as a count of marks: the full-width and ASCII comma, enumeration comma, semicolon and
     * ellipsis count 1, sentence-final full stop, exclamation and question marks count 2 (a one-sentence paragraph
     * is prose). An ASCII full stop counts only before a blank, so decimals, dates and domain names do not.
     * Colons and brackets are left out: metadata lines are full of them.
     */
    static int marks(char c, char next) {
        switch (c) {
            case '，', '、', '；', '…', '､', '﹐', ',', ';' -> {
                return 1;
            }
            case '。', '！', '？', '｡', '﹒', '!', '?' -> {
                return 2;
            }
            case '.' -> {
                return isBlank(next) ? 2 : 0;
            }
            default -> {
                return 0;
            }
        }
    }
}
