package org.rhetoriclake.core.extract.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.rhetoriclake.core.extract.ArticleExtractor;
import org.rhetoriclake.core.extract.BylineParser;
import org.rhetoriclake.core.extract.ExtractedBody;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.Paragraph;

/**
 * Finds the article in a full news page and extracts its body: paragraphs (subheadings marked), image captions
 * and byline in reading order, without the page's navigation, related links, share bars, comments, legal notices
 * or footers.
 *
 * <p>General, not per site, in four steps:
 * <ol>
 *   <li><b>Score.</b> One bottom-up pass ({@link MainContentScores}) gives every element a content score: prose
 *       (non-link text weighted by its punctuation density) minus boilerplate (link text, unpunctuated text).</li>
 *   <li><b>Choose.</b> The main content is the best-scoring region, an element or a run of consecutive children of
 *       one element (the maximum-sum run of the children's scores: old portal pages leave the paragraphs loose in
 *       a layout cell next to the headline table and the related-links table). A region that contains the best
 *       one found so far must add {@link #WIDEN_GAIN} to replace it, the page's {@code <h1>} is never crossed, and
 *       a run is widened over short link-free blocks around it (datelines excepted), so credit lines come along.
 *       A page has no article when the best region holds less than {@link #MIN_PROSE} characters of prose or its
 *       prose sits in a list of headline-plus-summary teasers ({@link #isTeaserList}).</li>
 *   <li><b>Prune.</b> Inside the region, the {@code <h1>} headline, hidden elements, boxes named or recognised as
 *       boilerplate and boxes that are mostly links (related lists, tag lists, "next article" links) are left out
 *       ({@link #drop}).</li>
 *   <li><b>Read.</b> {@link ArticleExtractor} turns the rest into paragraphs, subheadings, captions (a short block
 *       right after a picture included) and the byline; the original-headline and source notes an editor adds
 *       around the text are taken out, their credits going to the byline ({@link #withoutNotes}).</li>
 * </ol>
 *
 * <p>Linear in the page size; thread-safe and stateless (the document is only read, never changed).
 */
public final class MainContentExtractor {
    // Choosing the region
    /** Least prose (characters) the main content must hold to count as an article. */
    static final int MIN_PROSE = 40;
    /** How much more than the best region inside it a wider region must score to replace it. */
    static final double WIDEN_GAIN = 30;
    /** Longest link-free block around a run that is still read as part of it (a dateline, a credit line). */
    static final int CREDIT_LINE = 60;
    /** A publication date (2019-09-24, 2019/9/24, 2019年9月24日) or time of day (09:10): metadata, not body. */
    static final Pattern DATELINE = Pattern.compile(
            "\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}|\\b\\d{1,2}:\\d{2}\\b");
    /** A credit line: an editor, reporter, source, photographer or proofreader label and a colon. */
    static final Pattern CREDIT_LINE_START = Pattern.compile(
            "[\\[【（(]?\\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|网编|網編|记者|記者|作者|来源|來源|摄影|攝影|校对|校對|"
                    + "审核|審核|通讯员|通訊員|文|图|圖)\\s*[:：/]");
    /** Least number of headline-plus-summary items that make a region a list of teasers. */
    static final int MIN_TEASERS = 3;
    /** Share of the region's prose those items must hold. */
    static final double TEASER_SHARE = 0.6;
    /** Longest mean summary (prose characters) of a teaser; longer items are posts, not teasers. */
    static final double MAX_TEASER_PROSE = 300;

    // Pruning inside it
    /** Least non-link characters of its own that keep a link-heavy box from being dropped whole. */
    static final int OWN_TEXT = 4;

    // Editor's notes around the text
    /** An original-headline note: 原标题：…, （原题为《…》）, 【原标题】…. */
    static final Pattern ORIGINAL_TITLE = Pattern.compile("[（(【\\[]?\\s*(原标题|原題|原题|原標題)");
    /** A source note: 本文来源：, 文章来源：, 信息来源：, （资料来源：…）, (本文来自…). */
    static final Pattern SOURCE_NOTE = Pattern.compile(
            "[（(【\\[]?\\s*((本文|文章|信息|资料|新闻|稿件)(来源|來源)\\s*[:：]|本文(来自|來自|转自|轉自|转载自))");
    /** Longest source note in code points. */
    static final int MAX_NOTE = 80;
    /** Where the credits start inside a source note. */
    static final Pattern CREDIT_LABEL = Pattern.compile("(责任编辑|責任編輯|责编|責編|编辑|編輯|记者|記者|作者)\\s*[:：]");
    /**
     * A reporter credit without a colon: an optional outlet, 记者/通讯员 (with 本报, 实习, 见习, 特约), one to four
     * names of two to four characters, an optional place and 报道.
     */
    static final Pattern REPORTER_LINE = Pattern.compile(
            "[□■●◎\\s]*\\p{IsHan}{0,10}?(?:本报|本報|实习|實習|见习|見習|特约|特約)?(?:记者|記者|通讯员|通訊員)\\s*"
                    + "((?:[\\p{IsHan}·]{2,4}[\\s、，,]*?){1,4}?)(?:\\s+\\p{IsHan}{0,10}(?:报道|報導))?\\s*");
    /** How many paragraphs at each end of the body may be credit lines. */
    static final int EDGE = 3;
    private static final BylineParser BYLINES = new BylineParser();

    private final ArticleExtractor articles;

    public MainContentExtractor() {
        this(new ArticleExtractor());
    }

    public MainContentExtractor(ArticleExtractor articles) {
        this.articles = Objects.requireNonNull(articles, "articles");
    }

    /** The article body of {@code doc}; no paragraphs when the page holds no article. */
    public ExtractedBody extract(Document doc) {
        Objects.requireNonNull(doc, "doc");
        Element body = doc.body();
        if (body == null) {
            return empty();
        }
        MainContentScores scores = MainContentScores.measure(body);
        Optional<Region> region = choose(scores);
        if (region.isEmpty()) {
            return empty();
        }
        Region r = region.get();
        return withoutNotes(articles.extract(r.parent(), node -> r.excludes(node)
                || node instanceof Element el && drop(scores, el), true));
    }

    /** The element holding the article, or empty when the page holds none. */
    public Optional<Element> mainContent(Document doc) {
        Element body = doc.body();
        return body == null ? Optional.empty() : choose(MainContentScores.measure(body)).map(Region::parent);
    }

    /**
     * Without the editor's notes around the text: the original headline ({@code （原标题：…）}, {@code 原题为《…》})
     * and short source notes ({@code 本文来源：…}, {@code （资料来源：…）}, {@code (本文来自…)}). A credit in a source
     * note ({@code 本文来源：红周刊 责任编辑：杨倩}) still goes to the byline. Plain {@code 来源：} lines are left to
     * the byline parser, which already takes them out of the body. Reporter lines without a colon
     * ({@code 澎湃新闻记者 段彦超 廖艳}) among the first or last {@link #EDGE} paragraphs go to the byline too.
     */
    static ExtractedBody withoutNotes(ExtractedBody body) {
        List<Paragraph> kept = new ArrayList<>();
        Byline byline = body.byline();
        int n = body.paragraphs().size();
        for (Paragraph p : body.paragraphs()) {
            String text = p.text();
            if (ORIGINAL_TITLE.matcher(text).lookingAt()) {
                continue;
            }
            Matcher reporter = REPORTER_LINE.matcher(text);
            if ((p.index() < EDGE || p.index() >= n - EDGE) && reporter.matches()) {
                // 澎湃新闻记者 段彦超 廖艳 / 新京报记者 彭冲 山东冠县报道: a credit line without a colon
                List<String> names = List.of(reporter.group(1).strip().split("[\\s、，,]+"));
                byline = BylineParser.merge(byline, new Byline(names, List.of(), List.of()));
                continue;
            }
            if (SOURCE_NOTE.matcher(text).lookingAt() && text.codePointCount(0, text.length()) <= MAX_NOTE) {
                // 本文来源：证券市场红周刊 责任编辑：杨倩 — the credits after the source still name the editor
                Matcher credit = CREDIT_LABEL.matcher(text);
                if (credit.find(1)) {
                    Optional<Byline> names = BYLINES.parse(text.substring(credit.start()));
                    if (names.isPresent()) {
                        byline = BylineParser.merge(byline, names.get());
                    }
                }
                continue;
            }
            kept.add(new Paragraph(kept.size(), p.kind(), text));
        }
        return kept.size() == body.paragraphs().size() ? body : new ExtractedBody(kept, body.captions(), byline);
    }

    private static ExtractedBody empty() {
        return new ExtractedBody(List.of(), List.of(), Byline.EMPTY);
    }

    /**
     * The main content: an element, or a run of consecutive children of one element (articles whose paragraphs
     * sit directly in a page-layout cell next to the headline table and the related-links box).
     *
     * @param parent the element
     * @param from   sibling index of the first child node in the run, or -1 for the whole element
     * @param to     sibling index of the last child node in the run
     * @param score  prose minus boilerplate of the region
     */
    record Region(Element parent, int from, int to, double score) {
        boolean whole() {
            return from < 0;
        }

        /** A child node of the parent outside the run. */
        boolean excludes(Node node) {
            return !whole() && node.parentNode() == parent && (node.siblingIndex() < from || node.siblingIndex() > to);
        }
    }

    static Optional<Region> choose(MainContentScores scores) {
        Region best = null;
        for (Element el : scores.postOrder()) {
            MainContentScores.Stats s = scores.get(el);
            if (s.junk || s.insideJunk) {
                continue;
            }
            Region whole = new Region(el, -1, -1, s.score());
            if (better(whole, best)) {
                best = whole;
            }
            if (s.ownProse == 0 && el.childrenSize() > 1) {
                Region run = bestRun(scores, el);
                if (run != null && better(run, best)) {
                    best = run;
                }
            }
        }
        if (best == null || best.score() <= 0 || prose(scores, best) < MIN_PROSE || isTeaserList(scores, best)) {
            return Optional.empty();
        }
        return Optional.of(withCredits(scores, best));
    }

    /**
     * The element widened over the credit lines right after it ({@code <p class="editor">责任编辑：李四</p>} as the
     * next sibling of the text box), so that the byline is read from them.
     */
    private static Region withCredits(MainContentScores scores, Region r) {
        Element el = r.parent();
        Element parent = el.parent();
        if (!r.whole() || parent == null || scores.get(parent) == null) {
            return r;
        }
        Element last = null;
        for (Element next = el.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            MainContentScores.Stats s = scores.get(next);
            if (s == null || s.chars == 0) {
                continue;
            }
            if (!soft(s) || !CREDIT_LINE_START.matcher(next.text()).lookingAt()) {
                break;
            }
            last = next;
        }
        return last == null ? r : new Region(parent, el.siblingIndex(), last.siblingIndex(), r.score());
    }

    /**
     * A list of teasers rather than an article: the region's prose sits in at least {@link #MIN_TEASERS} items
     * that each lead with a link block (a headline) and carry a short summary, the shape of index pages, forum
     * boards and search results. An article's paragraphs may hold inline links, but not a headline each.
     */
    static boolean isTeaserList(MainContentScores scores, Region r) {
        List<Element> units = new ArrayList<>();
        for (Element child : r.parent().children()) {
            if (!r.excludes(child) && scores.get(child) != null) {
                units.add(child);
            }
        }
        // Look through wrappers: a single child that holds (nearly) everything stands for its children.
        while (units.size() == 1 && units.get(0).childrenSize() > 0) {
            Element only = units.get(0);
            units = new ArrayList<>();
            for (Element child : only.children()) {
                if (scores.get(child) != null) {
                    units.add(child);
                }
            }
        }
        double prose = 0;
        double teaserProse = 0;
        int teasers = 0;
        for (Element u : units) {
            MainContentScores.Stats s = scores.get(u);
            prose += s.prose;
            if (s.prose > 0 && s.linkBlocks > 0 && s.hasBlock) {
                teasers++;
                teaserProse += s.prose;
            }
        }
        return teasers >= MIN_TEASERS && teaserProse >= TEASER_SHARE * prose
                && teaserProse / teasers <= MAX_TEASER_PROSE;
    }

    /**
     * Whether {@code candidate} beats {@code best}. Post-order visits descendants first, so a candidate that
     * contains the best region so far must add at least {@link #WIDEN_GAIN} to replace it: widening to the page
     * body for a teaser line or a share-box summary of the article is not worth it. On a tie the deeper stays.
     */
    private static boolean better(Region candidate, Region best) {
        if (best == null) {
            return candidate.score() > 0;
        }
        boolean widens = candidate.parent() == best.parent() ? candidate.whole() && !best.whole()
                : contains(candidate.parent(), best.parent());
        return candidate.score() > best.score() + (widens ? WIDEN_GAIN : 0);
    }

    private static boolean contains(Element ancestor, Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static double prose(MainContentScores scores, Region r) {
        if (r.whole()) {
            return scores.get(r.parent()).prose;
        }
        double prose = 0;
        for (Element child : r.parent().children()) {
            MainContentScores.Stats s = scores.get(child);
            if (s != null && child.siblingIndex() >= r.from() && child.siblingIndex() <= r.to()) {
                prose += s.prose;
            }
        }
        return prose;
    }

    /**
     * The best run of consecutive child elements: the maximum-sum subarray of their scores, where short link-free
     * blocks count as 0 rather than as boilerplate and boxes named as boilerplate count as their container sees
     * them, then widened over short link-free blocks at both ends (and over a credit line that swallowed clutter
     * at the end). The page's {@code <h1>} is never crossed. Datelines,
     * subheadings and credit lines (责任编辑, 记者) score as boilerplate but belong to the article, and the byline
     * is read from them; link lists, share bars and long unpunctuated boxes still end the run.
     */
    private static Region bestRun(MainContentScores scores, Element el) {
        List<Element> kids = el.children();
        double bestSum = 0;
        int bestFrom = -1;
        int bestTo = -1;
        double sum = 0;
        int from = 0;
        for (int i = 0; i < kids.size(); i++) {
            MainContentScores.Stats s = scores.get(kids.get(i));
            if (isTitle(kids.get(i))) {
                sum = 0; // the page headline starts the article's surroundings, never its body
                continue;
            }
            double v = s == null || soft(s) ? 0
                    : s.junk ? -MainContentScores.BOILERPLATE_WEIGHT * MainContentScores.JUNK_WEIGHT * s.chars
                    : s.score();
            if (sum <= 0 && v > 0) {
                sum = 0;
                from = i;
            }
            sum += v;
            if (sum > bestSum) {
                bestSum = sum;
                bestFrom = from;
                bestTo = i;
            }
        }
        if (bestFrom < 0) {
            return null;
        }
        for (int i = bestTo + 1; i < kids.size(); i++) {
            MainContentScores.Stats s = scores.get(kids.get(i));
            if (s == null || s.chars == 0) {
                continue;
            }
            if (!soft(s) && !creditWithClutter(kids.get(i), s)) {
                break;
            }
            bestTo = i;
        }
        for (int i = bestFrom - 1; i >= 0; i--) {
            MainContentScores.Stats s = scores.get(kids.get(i));
            if (s == null || s.chars == 0) {
                continue;
            }
            if (!soft(s) || isHeadline(kids.get(i)) || DATELINE.matcher(kids.get(i).text()).find()) {
                break; // the headline and the date/source line above the body belong to the metadata
            }
            bestFrom = i;
        }
        return new Region(el, kids.get(bestFrom).siblingIndex(), kids.get(bestTo).siblingIndex(), bestSum);
    }

    /** A headline element, or a block holding one. */
    private static boolean isHeadline(Element el) {
        String tag = el.normalName();
        return tag.equals("h1") || tag.equals("h2") || el.selectFirst("h1, h2") != null;
    }

    /** The page title element (an {@code <h1>}), which a run of body blocks never crosses. */
    private static boolean isTitle(Element el) {
        return el.normalName().equals("h1");
    }

    /**
     * A credit line whose element also holds clutter: {@code <p>编辑：山石<table>…related links…</table>} where an
     * unclosed paragraph swallowed the next table. The line is read; the links are dropped.
     */
    private static boolean creditWithClutter(Element el, MainContentScores.Stats s) {
        return !s.junk && s.ownChars > 0 && s.ownLink == 0 && s.ownChars <= CREDIT_LINE
                && CREDIT_LINE_START.matcher(el.ownText()).lookingAt();
    }

    /** A short link-free block: neutral inside a run. */
    private static boolean soft(MainContentScores.Stats s) {
        return !s.junk && s.linkChars == 0 && s.chars <= CREDIT_LINE && s.score() <= 0;
    }

    /** Boxes inside the main content that are not article text. */
    static boolean drop(MainContentScores scores, Element el) {
        MainContentScores.Stats s = scores.get(el);
        if (s == null || s.junk) {
            return true; // hidden or invisible, or named as boilerplate
        }
        if (isTitle(el)) {
            return true; // the headline is the title, not a paragraph
        }
        boolean box = MainContentScores.BLOCKS.contains(el.normalName()) || s.hasBlock;
        if (!box || s.chars == 0 || s.linkChars < MainContentScores.LINK_BLOCK * s.chars) {
            return false;
        }
        // Mostly links; but a box with words of its own (编辑：山石 before a table of related links that an unclosed
        // <p> swallowed) is read, and only its link-heavy parts are left out.
        int ownPlain = s.ownChars - s.ownLink;
        return ownPlain < OWN_TEXT || s.ownLink >= MainContentScores.LINK_BLOCK * s.ownChars;
    }
}
