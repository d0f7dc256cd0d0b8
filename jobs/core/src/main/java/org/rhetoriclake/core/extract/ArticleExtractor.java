package org.rhetoriclake.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;

/**
 * Turns article HTML into body paragraphs (with subheadings marked), image captions and the byline.
 *
 * <p>Works on any element: {@link #extractFragment} parses a dump's HTML fragment, and a later page reader can hand
 * {@link #extract(Element)} the main-content element it found in a full page. The walk keeps reading order and
 * splits text at block boundaries rather than relying on {@code <p>} alone, because jsoup's HTML parser closes a
 * {@code <p>} when a {@code <figure>} (or any block) opens inside it, leaving empty paragraphs and loose text
 * behind; both come out right this way (empty blocks are dropped).
 *
 * <p>Text is jsoup's normalised text (whitespace runs, no-break spaces included, folded to one space) with blank
 * characters trimmed at the ends; spaces inside a paragraph stay as the page has them.
 *
 * <p>Thread-safe and stateless: one instance can serve every task.
 */
public final class ArticleExtractor {
    /**
     * Elements that open a new block of text. Listing them (rather than asking jsoup's {@code isBlock}) keeps the
     * rule independent of the jsoup version and lets inline wrappers around blocks ({@code <a><div>}) be detected.
     */
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "ol", "p", "pre", "section", "summary",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul");
    /** Never article text: code, embedded media, form controls, and navigation/sidebars. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "math", "canvas", "video", "audio", "button", "form", "input", "select",
            "textarea", "nav", "aside", "head", "title", "meta", "link", "base", "map");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LISTS = Set.of("ul", "ol", "menu", "dir", "dl");
    private static final Set<String> BOLD = Set.of("strong", "b");
    /**
     * Deeper nesting is flattened into one block. jsoup's parser already caps depth (512 in 1.22), but
     * {@link #extract(Element)} may get a tree built by other code, and the walk must never overflow the stack.
     */
    static final int MAX_DEPTH = 256;

    private final BylineParser bylineParser;

    public ArticleExtractor() {
        this(new BylineParser());
    }

    public ArticleExtractor(BylineParser bylineParser) {
        this.bylineParser = Objects.requireNonNull(bylineParser, "bylineParser");
    }

    /** Parses {@code html} as a body fragment (a dump's content) and extracts from it. */
    public ExtractedBody extractFragment(String html) {
        return extract(Jsoup.parseBodyFragment(html == null ? "" : html).body());
    }

    /** Extracts from the content of {@code root} (the element itself is a container, not a paragraph). */
    public ExtractedBody extract(Element root) {
        Walk walk = new Walk(root);
        walk.container(root, 0);
        List<Paragraph> paragraphs = new ArrayList<>();
        Byline byline = Byline.EMPTY;
        for (Block block : walk.blocks) {
            Optional<Byline> credits = bylineParser.parse(block.text);
            if (credits.isPresent()) {
                byline = BylineParser.merge(byline, credits.get());
                continue;
            }
            ParagraphKind kind = block.marked && Subheadings.readsLikeHeading(block.text)
                    ? ParagraphKind.SUBHEADING : ParagraphKind.BODY;
            paragraphs.add(new Paragraph(paragraphs.size(), kind, block.text));
        }
        return new ExtractedBody(paragraphs, walk.captions, byline);
    }

    /**
     * A block of text in reading order.
     *
     * @param marked the markup says heading: a heading element, or all of the text is bold
     */
    private record Block(String text, boolean marked) {
    }

    /** One pass over one tree; collects blocks and captions. */
    private static final class Walk {
        private final Element root;
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> captions = new ArrayList<>();

        Walk(Element root) {
            this.root = root;
        }

        /** Reads {@code el}'s children: runs of inline content become blocks, block children are read in turn. */
        void container(Element el, int depth) {
            if (depth > MAX_DEPTH) {
                add(el.text(), false);
                return;
            }
            List<Node> run = new ArrayList<>();
            List<Node> kids = el.childNodes();
            for (int i = 0; i < kids.size(); i++) {
                Node node = kids.get(i);
                if (node instanceof TextNode) {
                    run.add(node);
                    continue;
                }
                if (!(node instanceof Element child)) {
                    continue; // comments, script data, doctype
                }
                String tag = child.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    int next = afterBreaks(kids, i);
                    if (countBreaks(kids, i, next) >= 2) {
                        // A blank line (<br><br>) is how many CMSs separate paragraphs inside one <div> or <p>.
                        flush(run);
                        i = next - 1;
                    } else {
                        run.add(child); // a single line break inside a paragraph reads as a space
                    }
                    continue;
                }
                if (BLOCKS.contains(tag) || containsBlock(child)) {
                    flush(run);
                    block(child, depth + 1);
                } else {
                    run.add(child);
                }
            }
            flush(run);
        }

        private void block(Element el, int depth) {
            String tag = el.normalName();
            if (tag.equals("figure")) {
                figure(el);
            } else if (tag.equals("figcaption")) {
                caption(el.text());
            } else if (HEADINGS.contains(tag)) {
                add(el.text(), true);
            } else if (LISTS.contains(tag) && LinkLists.isLinkList(el)) {
                return; // related-article list
            } else {
                container(el, depth);
            }
        }

        /** A figure holds a picture, not body text: keep its caption, else the picture's alt text. */
        private void figure(Element figure) {
            boolean found = false;
            for (Element figcaption : figure.select("figcaption")) {
                found |= caption(figcaption.text());
            }
            if (!found) {
                for (Element img : figure.select("img[alt]")) {
                    if (caption(img.attr("alt"))) {
                        break;
                    }
                }
            }
        }

        private boolean caption(String raw) {
            String text = Texts.strip(raw);
            if (!text.isEmpty()) {
                captions.add(text);
                return true;
            }
            return false;
        }

        private void flush(List<Node> run) {
            if (run.isEmpty()) {
                return;
            }
            // A detached copy, so jsoup's own text normalisation applies across the run's pieces.
            Element holder = new Element("span");
            for (Node n : run) {
                holder.appendChild(n.clone());
            }
            add(holder.text(), allBold(run));
            run.clear();
        }

        private void add(String raw, boolean marked) {
            String text = Texts.strip(raw);
            if (!text.isEmpty()) {
                blocks.add(new Block(text, marked));
            }
        }

        /** Every visible character of the run sits inside {@code <strong>} or {@code <b>}. */
        private boolean allBold(List<Node> run) {
            boolean[] sawText = {false};
            boolean[] allBold = {true};
            NodeVisitor visitor = (node, depth) -> {
                if (node instanceof TextNode t && !Texts.isBlank(t.text())) {
                    sawText[0] = true;
                    allBold[0] &= hasBoldAncestor(t);
                }
            };
            for (Node n : run) {
                NodeTraversor.traverse(visitor, n);
            }
            return sawText[0] && allBold[0];
        }

        /** Looks up to the walk's root, so {@code <strong><p>…</p></strong>} counts as bold too. */
        private boolean hasBoldAncestor(Node node) {
            for (Element p = node.parent() instanceof Element e ? e : null; p != null && p != root; p = p.parent()) {
                if (BOLD.contains(p.normalName())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean containsBlock(Element inline) {
            for (Element d : inline.getAllElements()) {
                if (d != inline && BLOCKS.contains(d.normalName())) {
                    return true;
                }
            }
            return false;
        }

        /** Index after the run of {@code <br>}s (and blank text between them) that starts at {@code i}. */
        private static int afterBreaks(List<Node> kids, int i) {
            int j = i + 1;
            int end = i + 1;
            while (j < kids.size()) {
                Node n = kids.get(j);
                if (n instanceof Element e && e.normalName().equals("br")) {
                    end = ++j;
                } else if (n instanceof TextNode t && Texts.isBlank(t.getWholeText())) {
                    j++;
                } else {
                    break;
                }
            }
            return end;
        }

        private static int countBreaks(List<Node> kids, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                if (kids.get(i) instanceof Element e && e.normalName().equals("br")) {
                    n++;
                }
            }
            return n;
        }
    }
}
