package org.rhetoriclake.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
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
        return extract(root, node -> false);
    }

    /**
     * Like {@link #extract(Element)}, but also leaves out every descendant node (an element with its subtree, or a
     * text node) for which {@code drop} is true: a page reader's verdict on what inside the chosen element is not
     * article text (share bars, related lists, the children outside the article's run).
     */
    public ExtractedBody extract(Element root, Predicate<Node> drop) {
        return extract(root, drop, false);
    }

    /**
     * Like {@link #extract(Element, Predicate)}; with {@code imageCaptions} a short block that follows an image
     * with no text between them is read as the image's caption (kept apart from the body, like a
     * {@code <figcaption>}) when it looks like one: the image and the text share a block
     * ({@code <div><img><span>说明</span></div>}), or the text is very short, set in a smaller font or a class
     * named for captions, or phrased as one (图为…, …摄, …供图, 资料图, 截图). Full pages mark captions this
     * way far more often than with {@code <figure>}; dump fragments keep the plain rule.
     */
    public ExtractedBody extract(Element root, Predicate<Node> drop, boolean imageCaptions) {
        Objects.requireNonNull(drop, "drop");
        Walk walk = new Walk(root, drop, imageCaptions);
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
        private final Predicate<Node> drop;
        private final boolean imageCaptions;
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> captions = new ArrayList<>();
        /** An image was read and no text since: the next short block may be its caption. */
        private boolean afterImage;

        Walk(Element root, Predicate<Node> drop, boolean imageCaptions) {
            this.root = root;
            this.drop = drop;
            this.imageCaptions = imageCaptions;
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
                    if (!drop.test(node)) {
                        run.add(node);
                    }
                    continue;
                }
                if (!(node instanceof Element child)) {
                    continue; // comments, script data, doctype
                }
                String tag = child.normalName();
                if (SKIPPED.contains(tag) || drop.test(child)) {
                    continue;
                }
                if (tag.equals("br")) {
                    int next = afterBreaks(kids, i);
                    if (countBreaks(kids, i, next) >= 2) {
                        // A blank line (<br><br>) is how many CMSs separate paragraphs inside one <div> or <p>.
                        flush(run, el);
                        i = next - 1;
                    } else {
                        run.add(child); // a single line break inside a paragraph reads as a space
                    }
                    continue;
                }
                if (BLOCKS.contains(tag) || containsBlock(child)) {
                    flush(run, el);
                    block(child, depth + 1);
                } else {
                    run.add(child);
                }
            }
            flush(run, el);
        }

        private void block(Element el, int depth) {
            String tag = el.normalName();
            if (tag.equals("figure")) {
                figure(el);
                afterImage = false;
            } else if (tag.equals("figcaption")) {
                caption(el.text());
                afterImage = false;
            } else if (HEADINGS.contains(tag)) {
                add(el.text(), true);
                afterImage = false;
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

        private void flush(List<Node> run, Element container) {
            if (run.isEmpty()) {
                return;
            }
            // A detached copy, so jsoup's own text normalisation applies across the run's pieces.
            Element holder = new Element("span");
            for (Node n : run) {
                holder.appendChild(n.clone());
            }
            String text = Texts.strip(holder.text());
            if (imageCaptions) {
                ImageCaptions.Position image = ImageCaptions.imageIn(run);
                if (text.isEmpty()) {
                    afterImage |= image != ImageCaptions.Position.NONE;
                    run.clear();
                    return;
                }
                boolean caption = image == ImageCaptions.Position.LEADING ? ImageCaptions.fits(text)
                        : afterImage && image == ImageCaptions.Position.NONE
                        && ImageCaptions.looksLikeCaption(text, container, run, allBold(run));
                afterImage = image == ImageCaptions.Position.TRAILING;
                if (caption) {
                    caption(text);
                    run.clear();
                    return;
                }
            }
            add(text, allBold(run));
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

    /**
     * The caption rule for images outside {@code <figure>}: where an image sits in a run of inline content, and
     * whether a short block after an image reads as its caption.
     */
    static final class ImageCaptions {
        /** Longest caption in code points; longer text after an image is a paragraph. */
        static final int MAX_CHARS = 80;
        /** A sentence this short right after an image is its label (小花家。) whatever its styling. */
        static final int LABEL_CHARS = 20;

        /** How captions are phrased: 图为…, 图：…, ▲…, …摄, …供图, 资料图, …截图, agency credits in brackets. */
        private static final Pattern PHRASED = Pattern.compile(
                "^(图为|图：|图:|图片|圖為|圖：|▲|△|（图|\\(图)|(摄|攝|供图|供圖|截图|截圖|资料图|資料圖|图|圖)[)）]?$"
                        + "|资料图|資料圖|图片来源|圖片來源|视觉中国|視覺中國");
        private static final List<String> CLASS_WORDS = List.of("caption", "desc", "descr", "note", "pic", "img",
                "photo", "image", "tu", "tupian", "intro");

        /** How a label ends: a full stop, or the bracket closing a credit. */
        private static final String LABEL_END = "。.！!）)";
        /** {@code <font size>} values below the default 3. */
        private static final Pattern SMALL_FONT_SIZE = Pattern.compile("\\s*(1|2|-\\d)\\s*");
        /** Small font sizes: up to 10.5pt, up to 13px, the small keywords. */
        private static final Pattern SMALL_FONT_STYLE = Pattern.compile("font-size\\s*:\\s*(?:"
                + "(?:[0-9]|10)(?:\\.\\d+)?pt|(?:[0-9]|1[0-3])(?:\\.\\d+)?px|(?:x-|xx-)?small(?:er)?)");

        /** Where a run holds a picture: none, before all of its text, after all of it (or between its words). */
        enum Position { NONE, LEADING, TRAILING }

        private ImageCaptions() {
        }

        /**
         * Where the run holds a picture: before any of its text (LEADING), after all of it (TRAILING), or nowhere
         * that matters (NONE: no picture, or only between words).
         */
        static Position imageIn(List<Node> run) {
            boolean[] textSeen = {false};
            boolean[] imageBeforeText = {false};
            boolean[] imageAfterText = {false};
            NodeVisitor visitor = (node, depth) -> {
                if (node instanceof TextNode t && !Texts.isBlank(t.text())) {
                    textSeen[0] = true;
                    imageAfterText[0] = false;
                } else if (node instanceof Element e && isPicture(e)) {
                    if (textSeen[0]) {
                        imageAfterText[0] = true;
                    } else {
                        imageBeforeText[0] = true;
                    }
                }
            };
            for (Node n : run) {
                NodeTraversor.traverse(visitor, n);
            }
            if (imageBeforeText[0]) {
                return Position.LEADING;
            }
            return imageAfterText[0] ? Position.TRAILING : Position.NONE;
        }

        /** An {@code <img>} that shows a picture, not an icon, logo or emoji (declared 40 pixels or smaller). */
        static boolean isPicture(Element img) {
            if (!img.normalName().equals("img")) {
                return false;
            }
            for (String word : img.className().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (word.equals("icon") || word.equals("emoji") || word.equals("logo")) {
                    return false;
                }
            }
            return !(small(img.attr("width")) || small(img.attr("height")));
        }

        private static boolean small(String size) {
            String digits = size.strip().replace("px", "");
            if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
                return false;
            }
            return Integer.parseInt(digits) <= 40;
        }

        /** Short enough to be a caption. */
        static boolean fits(String text) {
            return Texts.length(text) <= MAX_CHARS;
        }

        /** A short block after an image that is styled, named or phrased as a caption. */
        static boolean looksLikeCaption(String text, Element container, List<Node> run, boolean bold) {
            if (!fits(text)) {
                return false;
            }
            // A label is a short sentence (小花家。); a short line without a full stop, or in bold, after a picture is
            // more often the next section's subheading.
            boolean label = Texts.length(text) <= LABEL_CHARS && !bold
                    && LABEL_END.indexOf(text.charAt(text.length() - 1)) >= 0;
            return label || PHRASED.matcher(text).find() || styled(container)
                    || (run.size() <= 2 && run.stream().anyMatch(n -> n instanceof Element e && styled(e)));
        }

        /**
         * Set in a small font ({@code <font size="2">}, {@code font-size: 9pt}, 12px, small) or in a class named
         * for captions. Centring and colour are no evidence: whole articles are centred or coloured on some sites.
         */
        private static boolean styled(Element el) {
            if (el.normalName().equals("font") && SMALL_FONT_SIZE.matcher(el.attr("size")).matches()
                    || SMALL_FONT_STYLE.matcher(el.attr("style").toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
            for (String word : el.className().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (CLASS_WORDS.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }
}
