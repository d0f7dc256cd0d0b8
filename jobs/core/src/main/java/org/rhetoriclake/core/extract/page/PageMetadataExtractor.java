package org.rhetoriclake.core.extract.page;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rhetoriclake.core.extract.page.PageMetadata.Precision;
import org.rhetoriclake.core.extract.page.PageMetadataLines.Line;
import org.rhetoriclake.core.extract.page.PublishedDates.Found;

/**
 * Reads a full news page's metadata: headline, publication date, author, canonical URL and site name.
 *
 * <h2>Title</h2>
 * The headline as the page shows it, not the browser title with the site's name appended. A heading
 * ({@code h1}–{@code h3}) wins when it agrees with the page's other titles: it is the start of {@code <title>}
 * (followed by a separator), equals {@code og:title}/{@code twitter:title}/JSON-LD {@code headline} with their site
 * suffixes removed, covers most of the cleaned {@code <title>}, or goes on from it (a site that cuts its
 * {@code <title>} short; a heading that only adds a badge such as {@code 原创} gives the cleaned title). Otherwise
 * the first metadata title (suffix removed) is used, unless it is a truncated copy of {@code <title>} (sites that
 * forget to escape a quote in {@code content="…"}); otherwise {@code <title>} with its suffix removed
 * ({@link PageMetadataTitles}). When that
 * title is nowhere in the visible text (a template title such as {@code 显示}, a blog's name), a stand-in is looked
 * for: an emphasised line with a date or a credit under it, else the page's one {@code h1}.
 *
 * <h2>Date</h2>
 * In order: publication meta tags ({@code article:published_time}, {@code publishdate}, {@code PubDate},
 * {@code og:release_date}, {@code dc.date}, {@code itemprop=datePublished} …), JSON-LD {@code datePublished}, a
 * {@code <time datetime>}, then visible text: the dates just below (or, failing that, just above) the headline,
 * then a labelled date ({@code 发布时间：}) anywhere outside page furniture, then a line that is little more than a
 * date, then a citation line ({@code ——《北京之春》1998年3月号}); then a date in the URL path; last, a
 * last-modified meta tag. When the chosen date gives less than the visible header date on the same day (a meta
 * {@code 2017-03-10} and a header {@code 2017-03-10 08:42}), the header's time is taken. Dates in footers,
 * copyright lines, related lists and comments are ignored (see {@link PageMetadataLines}); parsing, zones and
 * plausibility are {@link PublishedDates}'.
 *
 * <h2>Author</h2>
 * The writers the page credits, in order: a credit line just below the headline ({@code 作者：}, {@code 文/},
 * {@code 记者 X}, {@code X 发表于}, {@code 石佳/中国青年报}, a name printed alone; credits on consecutive lines are
 * merged), JSON-LD {@code author} persons, microdata {@code itemprop=author} and {@code rel=author}, meta
 * {@code author} values, then a credit line after the headline ({@code （记者陈智 整合）} opening the story,
 * {@code 本报记者 X} or {@code （姚峰 上海报道）} closing it). Metadata values are dropped when they are not a person
 * (URLs, user ids, organisations, the site itself, the source outlet), or when the page credits the same name as
 * editor: many CMSs fill the author tag with the editor. Editors and photographers ({@code 张三 摄}) are not
 * authors. {@code 来源} names the outlet a story came from, not who wrote it, and is never read as an author.
 * An organisation is returned only as the issuer of a government document ({@code 发文机关：}) or when it is the
 * one credit on the page (no person, no editor, no source). See {@link PageMetadataCredits}.
 *
 * <p>Thread-safe and stateless: one instance can serve every task.
 */
public final class PageMetadataExtractor {
    /** Lines below the headline read as its header (date, source, byline). */
    static final int HEADER_LINES = 12;
    /** Header lines longer than this are body paragraphs; only their start (a dateline) is read. */
    static final int HEADER_LINE_CHARS = 80;

    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time",
            "article:published", "og:article:published_time", "published_time", "publishdate", "publish_date",
            "publish-date", "publishtime", "publish_time", "pubdate", "pub_date", "pubtime", "datepublished",
            "og:release_date", "og:time", "firstpublishedtime", "weibo:article:create_at", "sailthru.date",
            "parsely-pub-date", "article.published", "date.available", "dc.date.issued", "dcterms.issued", "dc.date",
            "dcterms.date", "dcterms.created", "citation_publication_date", "citation_date", "citation_online_date",
            "prism.publicationdate", "datecreated", "date", "citation_year");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "datemodified", "dateupdate", "lastmodifiedtime", "last-modified", "weibo:article:update_at",
            "dcterms.modified", "modified");
    private static final List<String> TITLE_META = List.of("og:title", "twitter:title", "articletitle", "title",
            "headline", "dc.title", "citation_title");
    private static final List<String> SITE_META = List.of("og:site_name", "sitename", "application-name",
            "apple-mobile-web-app-title");
    private static final List<String> AUTHOR_META = List.of("author", "article:author", "og:article:author",
            "dc.creator", "citation_author", "citation_authors", "byl", "sailthru.author", "parsely-author");
    private static final List<String> SOURCE_META = List.of("source", "mediaid", "contentsource", "og:article:source");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?:(?:发布|發布|发表|發表|更新|刊发|刊發|出版|上传|上傳|稿件)?(?:时间|時間|日期)[\\s\\u00A0\\u3000]*[:：]"
                    + "|(?:发表于|發表於|发布于|發佈於|發布於|发表在|發表在))");
    /** The issuing date of an official document ({@code 成文日期：2022年01月27日}), spaced or not. */
    private static final Pattern DOCUMENT_DATE_LABEL = Pattern.compile(
            "成[\\s\\u00A0\\u3000]*文[\\s\\u00A0\\u3000]*(?:日[\\s\\u00A0\\u3000]*期|时间|時間)[\\s\\u00A0\\u3000]*[:：]");
    private static final Pattern CITATION = Pattern.compile(
            "^(?:[—－\\-–]{1,2}[\\s\\u00A0\\u3000]*《|.{0,10}(?:原载|原載|载于|載於|刊于|刊於|选自|選自|转自|轉自|原文刊登于)"
                    + "[\\s\\u00A0\\u3000]*《)");
    /** Labels of dates that are not a publication: a blog's creation, a birthday, a deadline. */
    private static final Pattern NOT_PUBLISHED = Pattern.compile(
            "建立|创建|創建|注册|註冊|加入|生日|出生|截止|截至|成立|到期|有效期|更新");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final String HEADLINE_SEPARATORS = "_|｜-–—:：@·»›/\\(（[【<《";

    private final PublishedDates dates;

    /** Dates checked for plausibility against the system clock. */
    public PageMetadataExtractor() {
        this(Clock.systemUTC());
    }

    /** Dates checked for plausibility against {@code clock}. */
    public PageMetadataExtractor(Clock clock) {
        this.dates = new PublishedDates(Objects.requireNonNull(clock, "clock"));
    }

    /** The metadata of {@code doc}; {@link PageMetadata#EMPTY} for a null document. Never throws on odd pages. */
    public PageMetadata extract(Document doc) {
        if (doc == null) {
            return PageMetadata.EMPTY;
        }
        Page page = new Page(doc);
        Headline headline = headline(page);
        List<Integer> ats = headlineLines(page, headline);
        Dated date = date(page, ats);
        String author = author(page, ats);
        String canonical = canonical(page);
        return new PageMetadata(PageMetadataTitles.tidy(headline.text), date == null ? null : date.found.at(),
                date == null ? null : date.found.precision(), date == null ? null : date.from, author, canonical,
                page.siteName());
    }

    // ================================================================ page facts

    /** Everything read once per page. */
    private static final class Page {
        final Document doc;
        final Element body;
        final Map<String, List<String>> meta = new HashMap<>();
        final PageMetadataJsonLd jsonLd;
        final List<Line> lines;
        /** {@link PageMetadataText#key} of each line, computed once. */
        final List<String> keys;
        final Set<String> siteNames = new LinkedHashSet<>();
        final String rawTitle;
        final PageMetadataTitles.Cut titleCut;

        Page(Document doc) {
            this.doc = doc;
            this.body = doc.body() != null ? doc.body() : doc;
            for (Element m : doc.select("meta")) {
                String content = m.hasAttr("content") ? m.attr("content") : m.attr("value");
                for (String attr : new String[] {"name", "property", "itemprop", "http-equiv"}) {
                    String k = SPACES.matcher(m.attr(attr).toLowerCase(Locale.ROOT)).replaceAll("");
                    if (!k.isEmpty()) {
                        meta.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
                    }
                }
            }
            this.jsonLd = PageMetadataJsonLd.read(doc);
            this.lines = PageMetadataLines.of(body);
            List<String> lineKeys = new ArrayList<>(lines.size());
            for (Line l : lines) {
                lineKeys.add(PageMetadataText.key(l.text()));
            }
            this.keys = lineKeys;
            for (String k : SITE_META) {
                String v = first(k);
                if (v != null) {
                    siteNames.add(v);
                }
            }
            if (jsonLd.publisher != null) {
                siteNames.add(jsonLd.publisher);
            }
            String copyright = first("copyright");
            if (copyright != null) {
                String fromCopyright = PageMetadataTitles.fromCopyright(copyright);
                if (fromCopyright != null) {
                    siteNames.add(fromCopyright);
                }
            }
            // not doc.title(): that reads <head> only, and broken pages leave <title> in the body
            Element title = doc.selectFirst("title");
            this.rawTitle = title == null ? "" : PageMetadataText.fold(title.text());
            this.titleCut = PageMetadataTitles.strip(rawTitle, siteNames);
        }

        /** The first non-blank value of meta tag {@code key} (lower case, no spaces), folded; or null. */
        String first(String key) {
            List<String> values = meta.get(key);
            if (values == null) {
                return null;
            }
            for (String v : values) {
                // some CMSs leave markup in content="…" (ArticleTitle="标题<div>——副题</div>")
                String f = PageMetadataText.fold(TAG.matcher(v).replaceAll(""));
                if (!f.isEmpty()) {
                    return f;
                }
            }
            return null;
        }

        List<String> all(String key) {
            return meta.getOrDefault(key, List.of());
        }

        String siteName() {
            for (String k : SITE_META) {
                String v = first(k);
                if (v != null) {
                    return dedupeName(v);
                }
            }
            if (jsonLd.publisher != null) {
                return dedupeName(PageMetadataText.fold(jsonLd.publisher));
            }
            // the last segment cut off the title, preferring a Chinese name to a domain or English alias
            List<String> removed = titleCut.removed();
            for (int i = removed.size() - 1; i >= 0; i--) {
                if (PageMetadataText.hanCount(removed.get(i)) > 0) {
                    return removed.get(i);
                }
            }
            return removed.isEmpty() ? null : removed.get(removed.size() - 1);
        }

        /** {@code 聯合新聞網 | 聯合新聞網} → {@code 聯合新聞網}. */
        private static String dedupeName(String name) {
            String[] parts = name.split("[\\s\\u00A0]*[|｜_][\\s\\u00A0]*");
            if (parts.length > 1) {
                boolean same = true;
                for (String p : parts) {
                    same &= p.equals(parts[0]);
                }
                if (same) {
                    return parts[0];
                }
            }
            return name;
        }

        /** Names of the site (metadata, copyright, title suffixes): an author equal to one is the publisher. */
        Set<String> brands() {
            Set<String> b = new LinkedHashSet<>(siteNames);
            for (String r : titleCut.removed()) {
                b.add(r);
            }
            return b;
        }
    }

    // ================================================================ title

    private record Headline(String text, Element element) {
    }

    private Headline headline(Page page) {
        String cleaned = page.titleCut.headline();
        String cleanedKey = PageMetadataText.key(cleaned);
        String rawKey = PageMetadataText.key(page.rawTitle);
        List<String> metaTitles = new ArrayList<>();
        List<String> metaRawKeys = new ArrayList<>();
        for (String k : TITLE_META) {
            String v = page.first(k);
            if (v != null) {
                metaRawKeys.add(PageMetadataText.key(v));
                String h = PageMetadataTitles.strip(v, page.siteNames).headline();
                if (!h.isEmpty()) {
                    metaTitles.add(h);
                }
            }
        }
        if (page.jsonLd.headline != null) {
            String v = PageMetadataText.fold(page.jsonLd.headline);
            metaRawKeys.add(PageMetadataText.key(v));
            String h = PageMetadataTitles.strip(v, page.siteNames).headline();
            if (!h.isEmpty()) {
                metaTitles.add(h);
            }
        }
        Set<String> metaKeys = new LinkedHashSet<>();
        for (String t : metaTitles) {
            metaKeys.add(PageMetadataText.key(t));
        }

        Element best = null;
        int bestScore = 0;
        for (Element h : page.body.select("h1, h2, h3")) {
            String text = PageMetadataText.fold(h.text());
            int len = PageMetadataText.length(text);
            if (len < 2 || len > 200) {
                continue;
            }
            String k = PageMetadataText.key(text);
            int match = 0;
            if (k.equals(cleanedKey) || metaKeys.contains(k)) {
                match = 3;
            } else if (k.length() >= 2 && (isHeadOf(rawKey, k) || metaRawKeys.stream().anyMatch(m -> isHeadOf(m, k)))) {
                match = 3;
            } else if (cleanedKey.length() >= 4 && k.startsWith(cleanedKey) && k.length() <= cleanedKey.length() * 3) {
                match = 2;
            } else if (k.length() >= 4 && cleanedKey.contains(k) && k.length() * 2 >= cleanedKey.length()) {
                match = 1;
            }
            if (match == 0) {
                continue;
            }
            int level = 4 - Integer.parseInt(h.normalName().substring(1));
            boolean furniture = hasFurnitureAncestor(h);
            int score = match * 1000 + (furniture ? 0 : 500) + level * 100 + Math.min(k.length(), 99);
            if (score > bestScore) {
                best = h;
                bestScore = score;
            }
        }
        if (best != null) {
            String text = PageMetadataText.fold(best.text());
            if (bestScore / 1000 == 2 && PageMetadataText.key(text).length() - cleanedKey.length() <= 4) {
                // the heading is the title plus a badge (原创, 视频, 图): the title is the headline
                return new Headline(cleaned, best);
            }
            return new Headline(text, best);
        }
        if (!metaTitles.isEmpty()) {
            String m = metaTitles.get(0);
            String mk = PageMetadataText.key(m);
            boolean truncated = cleanedKey.length() > mk.length() && cleanedKey.startsWith(mk)
                    && HEADLINE_SEPARATORS.indexOf(cleanedKey.charAt(mk.length())) < 0
                    && !startsWithSpaceAfter(cleaned, m);
            return new Headline(truncated ? cleaned : m, null);
        }
        if (!cleaned.isEmpty() && visible(page, cleanedKey)) {
            return new Headline(cleaned, null);
        }
        Headline standIn = standIn(page, cleaned.isEmpty());
        if (standIn != null) {
            return standIn;
        }
        return new Headline(cleaned.isEmpty() ? null : cleaned, null);
    }

    /** {@code key} starts with {@code head} followed by the end or a separator. */
    private static boolean isHeadOf(String key, String head) {
        return key.startsWith(head)
                && (key.length() == head.length() || HEADLINE_SEPARATORS.indexOf(key.charAt(head.length())) >= 0);
    }

    /** {@code full} continues {@code prefix} after a space (a suffix the separators did not catch). */
    private static boolean startsWithSpaceAfter(String full, String prefix) {
        String f = PageMetadataText.fold(full);
        String p = PageMetadataText.fold(prefix);
        return f.startsWith(p) && f.length() > p.length() && f.charAt(p.length()) == ' ';
    }

    /**
     * True when {@code key} shows in the page's text as a line of its own, at the start or end of a line, or (when
     * long enough not to be a common word) anywhere, a title broken over lines by {@code <br>} included.
     */
    private static boolean visible(Page page, String key) {
        if (key.isEmpty()) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        for (String lk : page.keys) {
            if ((lk.startsWith(key) || lk.endsWith(key)) && lk.length() <= key.length() * 2 + 10) {
                return true;
            }
            all.append(lk);
        }
        return key.length() >= 8 && all.indexOf(key) >= 0;
    }

    /**
     * A stand-in headline for a page whose title is nowhere in its text (a template title such as {@code 显示}, a
     * blog's name) or that has none: the first emphasised line (bold, large, a heading) of 4–60 characters outside
     * furniture with a header under it (a date or a credit within the next four lines, or on the very next line for
     * a title that is a link, as blogs print theirs); else the one {@code h1} outside furniture that is not the
     * site's name; else, when the page has no title at all, the first emphasised line.
     */
    private Headline standIn(Page page, boolean untitled) {
        Line firstEmphasised = null;
        for (Line l : page.lines) {
            int len = PageMetadataText.length(l.text());
            if (!l.emphasised() || l.furniture() || len < 4 || len > 60 || l.text().endsWith("：")
                    || l.text().endsWith(":") || dates.find(l.text()).isPresent()) {
                continue;
            }
            if (firstEmphasised == null && !l.linked()) {
                firstEmphasised = l;
            }
            // a linked title needs its header right under it
            int reach = l.linked() ? 1 : 4;
            for (int i = l.index() + 1; i < page.lines.size() && i <= l.index() + reach; i++) {
                String next = page.lines.get(i).text();
                if (dates.find(next).isPresent() || PageMetadataCredits.bareName(next) != null
                        || !PageMetadataCredits.labelledWriters(next).isEmpty()
                        || !PageMetadataCredits.reporters(next, false).isEmpty()) {
                    return new Headline(l.text(), l.block());
                }
            }
        }
        Element only = null;
        int count = 0;
        for (Element h : page.body.select("h1")) {
            String text = PageMetadataText.fold(h.text());
            int len = PageMetadataText.length(text);
            if (len >= 2 && len <= 100 && !hasFurnitureAncestor(h)
                    && !PageMetadataTitles.isSiteName(text, page.brands())) {
                only = h;
                count++;
            }
        }
        if (count == 1) {
            return new Headline(PageMetadataText.fold(only.text()), only);
        }
        if (untitled && firstEmphasised != null) {
            return new Headline(firstEmphasised.text(), firstEmphasised.block());
        }
        return null;
    }

    /** True when {@code e} or one of its ancestors is page furniture ({@link PageMetadataLines#isFurniture}). */
    private static boolean hasFurnitureAncestor(Element e) {
        int depth = 0;
        for (Element p = e; p != null && depth < 64; p = p.parent(), depth++) {
            if (PageMetadataLines.isFurniture(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines showing the headline: the best one first, then other lines that repeat it exactly (pages often
     * print the headline twice, in a hidden mobile header and above the article).
     */
    private static List<Integer> headlineLines(Page page, Headline headline) {
        List<Integer> out = new ArrayList<>();
        int best = headlineLine(page, headline);
        if (best < 0) {
            return out;
        }
        out.add(best);
        String k = PageMetadataText.key(headline.text);
        for (Line l : page.lines) {
            if (l.index() != best && !l.linked() && page.keys.get(l.index()).equals(k) && out.size() < 4) {
                out.add(l.index());
            }
        }
        return out;
    }

    /** The index of the line showing the headline, or -1. */
    private static int headlineLine(Page page, Headline headline) {
        if (headline.text == null) {
            return -1;
        }
        if (headline.element != null) {
            for (Line l : page.lines) {
                if (l.block() != null && (l.block() == headline.element || isInside(l.block(), headline.element))) {
                    return l.index();
                }
            }
        }
        String k = PageMetadataText.key(headline.text);
        if (k.isEmpty()) {
            return -1;
        }
        int contained = -1;
        for (boolean allowFurniture : new boolean[] {false, true}) {
            for (Line l : page.lines) {
                if (l.furniture() && !allowFurniture) {
                    continue;
                }
                String lk = page.keys.get(l.index());
                if (lk.equals(k)) {
                    return l.index();
                }
                if (contained < 0 && k.length() >= 4 && lk.contains(k) && lk.length() <= k.length() + 30) {
                    contained = l.index();
                }
            }
            if (contained >= 0) {
                return contained;
            }
        }
        // a headline broken over lines by <br>: the line that completes it
        for (int i = 0; i < page.lines.size(); i++) {
            String lk = page.keys.get(i);
            if (lk.length() < Math.min(8, k.length()) || !k.startsWith(lk)) {
                continue;
            }
            StringBuilder joined = new StringBuilder(lk);
            for (int j = i + 1; j < page.lines.size() && j <= i + 3; j++) {
                joined.append(page.keys.get(j));
                if (joined.toString().equals(k)) {
                    return j;
                }
                if (!k.startsWith(joined.toString())) {
                    break;
                }
            }
        }
        return -1;
    }

    private static boolean isInside(Element e, Element ancestor) {
        int depth = 0;
        for (Element p = e.parent(); p != null && depth < 64; p = p.parent(), depth++) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    // ================================================================ date

    private record Dated(Found found, String from) {
    }

    private Dated date(Page page, List<Integer> headlineAts) {
        Dated document = documentDate(page);
        if (document != null) {
            return document;
        }
        Dated primary = metaDate(page, PUBLISHED_META, "meta");
        if (primary == null) {
            primary = itempropDate(page);
        }
        if (primary == null && page.jsonLd.datePublished != null) {
            primary = dates.parseValue(page.jsonLd.datePublished).map(f -> new Dated(f, "json-ld")).orElse(null);
        }
        if (primary == null) {
            primary = timeElementDate(page);
        }
        Found header = null;
        for (boolean furniture : new boolean[] {false, true}) {
            for (int at : headlineAts) {
                if (header == null) {
                    header = headerDate(page, at, furniture);
                }
            }
        }
        if (primary != null) {
            if (header != null && header.precision().compareTo(primary.found.precision()) > 0
                    && samePeriod(primary.found, header)) {
                return new Dated(header, primary.from + "+visible-text");
            }
            return primary;
        }
        Found visible = header != null ? header : visibleDate(page);
        if (visible != null) {
            return new Dated(visible, "visible-text");
        }
        Dated url = urlDate(page);
        if (url != null) {
            return url;
        }
        Dated modified = metaDate(page, MODIFIED_META, "meta-modified");
        if (modified == null && page.jsonLd.dateModified != null) {
            modified = dates.parseValue(page.jsonLd.dateModified).map(f -> new Dated(f, "meta-modified")).orElse(null);
        }
        return modified;
    }

    /** True when {@code finer} falls in the period {@code coarse} names (same day for a DAY date, and so on). */
    private static boolean samePeriod(Found coarse, Found finer) {
        OffsetDateTime a = coarse.at();
        OffsetDateTime b = finer.at().withOffsetSameInstant(a.getOffset());
        return switch (coarse.precision()) {
            case YEAR -> a.getYear() == b.getYear();
            case MONTH -> a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
            case DAY -> a.toLocalDate().equals(b.toLocalDate());
            case MINUTE -> a.truncatedTo(ChronoUnit.MINUTES).equals(b.truncatedTo(ChronoUnit.MINUTES));
            case SECOND -> a.equals(b);
        };
    }

    private Dated metaDate(Page page, List<String> keys, String from) {
        for (String k : keys) {
            for (String v : page.all(k)) {
                Optional<Found> f = dates.parseValue(v);
                if (f.isPresent()) {
                    return new Dated(f.get(), from);
                }
            }
        }
        return null;
    }

    /** {@code <span itemprop="datePublished" content=…>} and the like outside {@code <meta>}. */
    private Dated itempropDate(Page page) {
        for (Element e : page.body.select("[itemprop]")) {
            if (e.normalName().equals("meta")) {
                continue;
            }
            String prop = e.attr("itemprop").toLowerCase(Locale.ROOT).trim();
            if (!prop.equals("datepublished")) {
                continue;
            }
            String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            Optional<Found> f = dates.parseValue(v);
            if (f.isEmpty()) {
                f = dates.find(v);
            }
            if (f.isPresent()) {
                return new Dated(f.get(), "meta");
            }
        }
        return null;
    }

    /** The first {@code <time datetime>} outside furniture; one marked {@code pubdate} wins. */
    private Dated timeElementDate(Page page) {
        Found first = null;
        for (Element t : page.body.select("time[datetime]")) {
            if (hasFurnitureAncestor(t)) {
                continue;
            }
            Optional<Found> f = dates.parseValue(t.attr("datetime"));
            if (f.isEmpty()) {
                continue;
            }
            if (t.hasAttr("pubdate") || t.attr("itemprop").equalsIgnoreCase("datePublished")) {
                return new Dated(f.get(), "time-element");
            }
            if (first == null) {
                first = f.get();
            }
        }
        return first == null ? null : new Dated(first, "time-element");
    }

    /**
     * The date in the lines just below the headline (a dateline at the start of the first paragraph included);
     * failing that, in the two lines above it. Day precision or better wins over a month.
     */
    private Found headerDate(Page page, int at, boolean withFurniture) {
        Found month = null;
        int longLines = 0;
        for (int i = at + 1; i < page.lines.size() && i <= at + HEADER_LINES; i++) {
            Line l = page.lines.get(i);
            // a header sometimes sits in a sharing bar's box: the second pass reads the short furniture lines
            // right under the headline, before anything else
            if (withFurniture && !l.furniture()) {
                break;
            }
            if (l.furniture() && (!withFurniture || l.linked() || PageMetadataText.length(l.text()) > 40)) {
                continue;
            }
            String text = l.text();
            if (PageMetadataText.length(text) > HEADER_LINE_CHARS) {
                text = text.substring(0, text.offsetByCodePoints(0, Math.min(60, PageMetadataText.length(text))));
                longLines++;
            }
            for (Found f : dates.findAll(text)) {
                if (f.precision().atLeast(Precision.DAY)) {
                    return f;
                }
                if (month == null) {
                    month = f;
                }
            }
            if (longLines >= 2) {
                break;
            }
        }
        for (int i = at - 1; i >= 0 && i >= at - 2 && !withFurniture; i--) {
            Line l = page.lines.get(i);
            if (l.furniture() || PageMetadataText.length(l.text()) > 60) {
                continue;
            }
            for (Found f : dates.findAll(l.text())) {
                if (f.precision().atLeast(Precision.DAY)) {
                    return f;
                }
            }
        }
        return month;
    }

    /**
     * A date anywhere outside furniture, when the header gave none: a labelled one ({@code 发布时间：}), else a line
     * that is little more than a date (not one labelled as something else: {@code 建立于:}, {@code 注册}, {@code 截止}),
     * else a citation line ({@code ——《北京之春》1998年3月号}).
     */
    private Found visibleDate(Page page) {
        for (Line l : page.lines) {
            if (l.furniture()) {
                continue;
            }
            var m = DATE_LABEL.matcher(l.text());
            while (m.find()) {
                Optional<Found> f = dates.find(l.text().substring(m.end()));
                if (f.isPresent() && f.get().start() <= 3 && f.get().precision().atLeast(Precision.DAY)) {
                    return f.get();
                }
            }
        }
        for (Line l : page.lines) {
            if (l.furniture() || l.linked()) {
                continue;
            }
            for (Found f : dates.findAll(l.text())) {
                int rest = PageMetadataText.length(l.text()) - (f.end() - f.start());
                String before = l.text().substring(Math.max(0, f.start() - 6), f.start());
                if (rest <= 20 && f.precision().atLeast(Precision.DAY) && !NOT_PUBLISHED.matcher(before).find()) {
                    return f;
                }
            }
        }
        for (Line l : page.lines) {
            if (l.furniture() || !CITATION.matcher(l.text()).find()) {
                continue;
            }
            Optional<Found> f = dates.find(l.text());
            if (f.isPresent()) {
                return f.get();
            }
        }
        return null;
    }

    /**
     * An official document's own date. Government disclosure pages print a metadata table with both
     * {@code 成文日期} (the date the document was signed and issued, the one it is cited by, repeated under its
     * signature) and {@code 发布日期} (when the web page went up, often a day or more later, and what the page's
     * meta tags carry). The document's date is the one that belongs to the statement, so it wins.
     */
    private Dated documentDate(Page page) {
        for (int i = 0; i < page.lines.size(); i++) {
            String text = page.lines.get(i).text();
            Matcher m = DOCUMENT_DATE_LABEL.matcher(text);
            if (m.find()) {
                String rest = text.substring(m.end());
                if (rest.isBlank() && i + 1 < page.lines.size()) {
                    rest = page.lines.get(i + 1).text(); // label and value in two table cells
                }
                Optional<Found> f = dates.find(rest);
                if (f.isPresent() && f.get().start() <= 3 && f.get().precision().atLeast(Precision.DAY)) {
                    return new Dated(f.get(), "document-date");
                }
            }
        }
        return null;
    }

    private Dated urlDate(Page page) {
        List<String> urls = new ArrayList<>();
        urls.add(page.doc.location());
        String canonical = canonical(page);
        if (canonical != null) {
            urls.add(canonical);
        }
        for (String k : List.of("og:url", "url")) {
            String v = page.first(k);
            if (v != null) {
                urls.add(v);
            }
        }
        for (String u : urls) {
            if (u == null || !u.matches("(?i)^(https?:)?//.*")) {
                continue;
            }
            Optional<Found> f = dates.fromUrl(u);
            if (f.isPresent()) {
                return new Dated(f.get(), "url");
            }
        }
        return null;
    }

    // ================================================================ author

    /** What the page credits besides writers: editors, source outlets, and the site's own names. */
    private record OtherCredits(Set<String> editors, Set<String> sources, Set<String> brands) {
    }

    private static String author(Page page, List<Integer> ats) {
        OtherCredits others = otherCredits(page);
        List<String> orgs = new ArrayList<>();
        List<String> names = List.of();
        for (int at : ats) {
            if (names.isEmpty()) {
                names = headerCredits(page, at, page.keys.get(at));
            }
        }
        if (names.isEmpty()) {
            names = keepPeople(jsonLdAuthors(page), others, orgs);
        }
        if (names.isEmpty()) {
            names = keepPeople(microdataAuthors(page), others, orgs);
        }
        for (String k : AUTHOR_META) {
            if (names.isEmpty()) {
                names = keepPeople(metaAuthors(page, k, orgs), others, orgs);
            }
        }
        if (names.isEmpty()) {
            names = anywhereCredits(page, ats.isEmpty() ? 0 : ats.get(0));
        }
        if (!names.isEmpty()) {
            return String.join("、", names);
        }
        return organisation(page, others, orgs);
    }

    private static OtherCredits otherCredits(Page page) {
        Set<String> editors = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (String v : page.all("editor")) {
            for (String name : PageMetadataText.fold(v).split("[\\s,，、;；]+")) {
                String n = PageMetadataCredits.cleanName(name);
                if (n != null) {
                    editors.add(n);
                }
            }
        }
        for (String k : SOURCE_META) {
            for (String v : page.all(k)) {
                String s = PageMetadataText.fold(v).replaceFirst("^(?:来源|來源)[:：]?", "");
                if (!s.isEmpty()) {
                    sources.add(s);
                }
            }
        }
        for (int i = 0; i < page.lines.size(); i++) {
            String text = creditText(page.lines, i);
            editors.addAll(PageMetadataCredits.editors(text));
            sources.addAll(PageMetadataCredits.sources(text));
        }
        return new OtherCredits(editors, sources, page.brands());
    }

    /**
     * JSON-LD authors that are persons. Organisation-typed authors are skipped: schema.org asks every article for
     * an author, so sites name themselves mechanically.
     */
    private static List<String> jsonLdAuthors(Page page) {
        List<String> out = new ArrayList<>();
        for (PageMetadataJsonLd.Author a : page.jsonLd.authors) {
            if (!a.organization()) {
                out.addAll(PageMetadataCredits.metaAuthors(a.name()));
            }
        }
        return out;
    }

    /** Authors marked up in the body: {@code itemprop="author"} (or its {@code name}), {@code rel="author"}. */
    private static List<String> microdataAuthors(Page page) {
        List<String> out = new ArrayList<>();
        for (Element e : page.body.select("[itemprop~=(?i)^author$], a[rel~=(?i)^author$]")) {
            if (e.normalName().equals("meta") || hasFurnitureAncestor(e)) {
                continue;
            }
            Element name = e.selectFirst("[itemprop~=(?i)^name$]");
            String v = name != null ? name.text() : e.hasAttr("content") ? e.attr("content") : e.text();
            out.addAll(PageMetadataCredits.metaAuthors(v));
        }
        return out;
    }

    /** The writers in meta tag {@code key}; values that name no person go to {@code orgs}. */
    private static List<String> metaAuthors(Page page, String key, List<String> orgs) {
        List<String> out = new ArrayList<>();
        for (String v : page.all(key)) {
            List<String> names = PageMetadataCredits.metaAuthors(v);
            if (names.isEmpty() && !PageMetadataText.fold(v).isEmpty()) {
                orgs.add(PageMetadataText.fold(v));
            }
            out.addAll(names);
        }
        return out;
    }

    /**
     * An organisation as author: the issuer of a government document ({@code 发文机关：}), or an organisation named
     * as author in the metadata when it is all the page credits (no editor, no source).
     */
    private static String organisation(Page page, OtherCredits others, List<String> orgs) {
        for (int i = 0; i < page.lines.size(); i++) {
            String issuer = PageMetadataCredits.issuer(creditText(page.lines, i));
            if (issuer != null) {
                return issuer;
            }
        }
        if (others.editors().isEmpty() && others.sources().isEmpty()) {
            for (String o : orgs) {
                if (PageMetadataCredits.looksLikeOrganisationCredit(o)) {
                    return PageMetadataText.fold(o);
                }
            }
        }
        return null;
    }

    /** People among {@code names}: not an editor, not a source, not the site; the rest go to {@code orgs}. */
    private static List<String> keepPeople(List<String> names, OtherCredits others, List<String> orgs) {
        List<String> kept = new ArrayList<>();
        for (String n : new LinkedHashSet<>(names)) {
            if (isEditor(n, others.editors())) {
                continue;
            }
            String k = PageMetadataText.key(n);
            boolean source = others.sources().stream().anyMatch(s -> PageMetadataText.key(s).equals(k));
            boolean brand = others.brands().stream().anyMatch(b -> {
                String bk = PageMetadataText.key(b);
                return bk.equals(k) || (k.length() >= 2 && bk.contains(k));
            });
            if (source || brand || PageMetadataCredits.isOrganisation(n)) {
                orgs.add(n);
                continue;
            }
            kept.add(n);
        }
        return kept;
    }

    private static boolean isEditor(String name, Set<String> editors) {
        String k = PageMetadataText.key(name);
        for (String e : editors) {
            String ek = PageMetadataText.key(e);
            if (ek.length() >= 2 && (ek.equals(k) || k.contains(ek))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writers credited in the header lines below the headline; credits on consecutive lines are merged
     * ({@code 本报实习生 X Y} over {@code 本报记者 Z}).
     */
    private static List<String> headerCredits(Page page, int at, String headlineKey) {
        int longLines = 0;
        Set<String> found = new LinkedHashSet<>();
        int lastCredit = -1;
        boolean afterRepeat = false;
        for (int i = at + 1; i < page.lines.size() && i <= at + HEADER_LINES; i++) {
            Line l = page.lines.get(i);
            if (l.furniture()) {
                continue;
            }
            String text = creditText(page.lines, i);
            boolean isLong = PageMetadataText.length(text) > HEADER_LINE_CHARS;
            List<String> names = headerLineCredits(text, isLong);
            if (names.isEmpty() && !isLong && found.isEmpty() && (i <= at + 2 || afterRepeat)) {
                String bare = PageMetadataCredits.bareName(text);
                if (bare != null) {
                    names = List.of(bare);
                }
            }
            if (!names.isEmpty()) {
                found.addAll(names);
                lastCredit = i;
            } else if (!found.isEmpty() && i > lastCredit + 1) {
                break;
            }
            // a line repeating (part of) the headline: a name printed alone may follow it
            String k = page.keys.get(i);
            afterRepeat = k.length() >= 4 && headlineKey.contains(k);
            if (isLong && ++longLines >= 2) {
                break;
            }
        }
        return List.copyOf(found);
    }

    private static List<String> headerLineCredits(String text, boolean isLong) {
        String head = isLong ? text.substring(0, text.offsetByCodePoints(0, 40)) : text;
        List<String> names = PageMetadataCredits.labelledWriters(head);
        if (names.isEmpty()) {
            names = PageMetadataCredits.reporters(text, isLong);
        }
        if (names.isEmpty() && !isLong) {
            names = PageMetadataCredits.blogAuthor(text);
        }
        if (names.isEmpty() && !isLong) {
            names = PageMetadataCredits.bracketedBeforeSource(text);
        }
        if (names.isEmpty() && !isLong) {
            names = PageMetadataCredits.nameSlashOutlet(text);
        }
        return names;
    }

    /**
     * Writers credited in a credit line outside furniture and link lists: after the headline when it was found (what
     * precedes it is the site's header, whose widgets credit other articles), anywhere otherwise. Read are a
     * labelled credit, a reporter line, a blog's {@code X 发表于}, and a closing {@code （姚峰 上海报道）}.
     */
    private static List<String> anywhereCredits(Page page, int start) {
        for (int i = Math.max(0, start); i < page.lines.size(); i++) {
            Line l = page.lines.get(i);
            if (l.furniture() || l.linked()) {
                continue;
            }
            String text = creditText(page.lines, i);
            int len = PageMetadataText.length(text);
            List<String> names = len <= 120 ? PageMetadataCredits.labelledWriters(text) : List.of();
            if (names.isEmpty()) {
                names = PageMetadataCredits.reporters(text, true);
            }
            if (names.isEmpty() && len <= 60) {
                names = PageMetadataCredits.blogAuthor(text);
            }
            if (names.isEmpty()) {
                names = PageMetadataCredits.endCredit(text);
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /**
     * The text of line {@code i} for credit reading: a short line that is only a label ({@code 发文机关：},
     * {@code 作者：}) is read together with the next line, where table layouts put the value.
     */
    private static String creditText(List<Line> lines, int i) {
        String t = lines.get(i).text();
        if (i + 1 < lines.size() && PageMetadataText.length(t) <= 12 && (t.endsWith("：") || t.endsWith(":"))) {
            return t + lines.get(i + 1).text();
        }
        return t;
    }

    // ================================================================ canonical URL

    private static String canonical(Page page) {
        for (Element link : page.doc.select("link[rel]")) {
            boolean canonical = false;
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                canonical |= rel.equals("canonical");
            }
            if (!canonical) {
                continue;
            }
            String url = absolute(link.attr("href"), link.absUrl("href"), page.doc.location());
            if (url != null) {
                return url;
            }
        }
        String og = page.first("og:url");
        if (og != null) {
            return absolute(og, null, page.doc.location());
        }
        return null;
    }

    /**
     * {@code href} as an absolute http(s) URL: as written when absolute, resolved against the page when relative
     * (only when the page's own URL is known), scheme-relative given the page's scheme or https. A URL of a site's
     * front page ({@code http://example.cn/}) is not an article's canonical URL and is rejected.
     */
    private static String absolute(String href, String resolved, String location) {
        String h = href == null ? "" : href.strip();
        if (h.isEmpty()) {
            return null;
        }
        String url;
        if (h.matches("(?i)^https?://.+")) {
            url = h;
        } else if (h.startsWith("//")) {
            String scheme = location != null && location.toLowerCase(Locale.ROOT).startsWith("http://") ? "http:"
                    : "https:";
            url = scheme + h;
        } else if (resolved != null && resolved.matches("(?i)^https?://.+") && location != null
                && location.matches("(?i)^https?://.+")) {
            url = resolved;
        } else {
            return null;
        }
        if (url.matches("(?i)^https?://[^/?#]+/?$")) {
            return null;
        }
        return url;
    }
}
