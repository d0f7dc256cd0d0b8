package org.rhetoriclake.core.extract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.rhetoriclake.core.decode.ChineseScript;
import org.rhetoriclake.core.decode.DecodedPage;
import org.rhetoriclake.core.decode.HtmlDecoder;
import org.rhetoriclake.core.decode.Mojibake;
import org.rhetoriclake.core.decode.ScriptDetector;
import org.rhetoriclake.core.extract.page.MainContentExtractor;
import org.rhetoriclake.core.extract.page.PageMetadata;
import org.rhetoriclake.core.extract.page.PageMetadataExtractor;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.Reject;

/**
 * The extract stage for full HTML pages (saved files and WARC responses): decode ({@link HtmlDecoder}: header,
 * BOM, meta, detection), parse (jsoup), metadata ({@link PageMetadataExtractor}), main text
 * ({@link MainContentExtractor}), script ({@link ScriptDetector}) and keys ({@link ArticleIds}) into one
 * {@link Article}.
 *
 * <p>Outcomes: a page whose bytes cannot be decoded into readable text is rejected ({@value #GARBLED}), and so
 * is a page with text but no headline anywhere ({@value #NO_TITLE}: a fragment, not a page); a page
 * with no main text (an index, a directory listing, an error page) is skipped as {@value #NOT_AN_ARTICLE}, and a
 * page with too little Chinese text as {@value #NOT_CHINESE}: neither is an error in a crawl, both are counted.
 * Never throws; thread-safe.
 */
public final class HtmlArticleParser {
    public static final String GARBLED = "decode.garbled";
    public static final String NOT_AN_ARTICLE = "extract.not_an_article";
    public static final String NOT_CHINESE = "extract.not_chinese";
    /** Main text but no headline anywhere (no title element, heading or meta title): a fragment, not a page. */
    public static final String NO_TITLE = "extract.no_title";
    /** Fewer Han characters than this share of the body's letters: the page is not in Chinese. */
    static final double MIN_HAN_SHARE = 0.3;

    private final HtmlDecoder decoder;
    private final PageMetadataExtractor metadata;
    private final MainContentExtractor mainContent;

    public HtmlArticleParser() {
        this(new HtmlDecoder(), new PageMetadataExtractor(), new MainContentExtractor());
    }

    public HtmlArticleParser(HtmlDecoder decoder, PageMetadataExtractor metadata, MainContentExtractor mainContent) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.mainContent = Objects.requireNonNull(mainContent, "mainContent");
    }

    public Outcome<Article> parse(RawRecord record) {
        try {
            DecodedPage page = decoder.decode(record.content(), record.headers().get("content-type"));
            Optional<String> garbled = binary(page.text()).or(() -> Mojibake.why(page.text()));
            if (garbled.isPresent()) {
                return Outcome.rejected(new Reject(Reject.Stage.DECODE, GARBLED,
                        garbled.get() + " (decoded as " + page.charsetUsed() + ", declared "
                                + page.charsetDeclared() + ")", record.source(), page.text()));
            }
            Document doc = Jsoup.parse(page.text(), record.uri() == null ? "" : record.uri());
            ExtractedBody body = mainContent.extract(doc);
            if (body.paragraphs().isEmpty()) {
                return Outcome.skipped(NOT_AN_ARTICLE, record.source());
            }
            PageMetadata meta = metadata.extract(doc);
            String title = meta.title() == null ? "" : meta.title().strip();
            String text = title + "\n" + joined(body.paragraphs());
            if (hanShare(text) < MIN_HAN_SHARE) {
                return Outcome.skipped(NOT_CHINESE, record.source());
            }
            if (title.isEmpty()) {
                return Outcome.rejected(new Reject(Reject.Stage.EXTRACT, NO_TITLE,
                        "the page has main text but no title, heading or meta title", record.source(),
                        body.paragraphs().get(0).text()));
            }
            ChineseScript script = ScriptDetector.detect(text);
            String url = ArticleIds.canonicalUrl(meta.canonicalUrl() != null ? meta.canonicalUrl() : record.uri())
                    .orElse(null);
            String contentHash = ArticleIds.contentHash(title, body.paragraphs());
            Instant published = meta.publishedAt() == null ? null : meta.publishedAt().toInstant();
            return Outcome.ok(new Article(ArticleIds.articleId(url, contentHash), record.source(), url, title,
                    published, record.capturedAt(), body.byline(), script.bcp47Tag(), body.paragraphs(),
                    body.captions(), contentHash, page.charsetDeclared(), page.charsetUsed(),
                    author(meta.author(), body.byline()), scriptSubtag(script)));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.rejected(new Reject(Reject.Stage.EXTRACT, DumpArticleParser.INTERNAL_ERROR,
                    e.getClass().getName() + ": " + e.getMessage(), record.source(),
                    new String(record.content(), 0, Math.min(record.content().length, Reject.SNIPPET_CHARS * 4),
                            StandardCharsets.UTF_8)));
        }
    }

    /**
     * Control characters (other than tab, newlines, form feed) never occur in text; in a page they mean a binary
     * payload (an image, an archive) served or saved as HTML. Over 1% of the characters is not a stray byte.
     */
    static Optional<String> binary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f) {
                controls++;
            }
        }
        return controls * 100L > text.length()
                ? Optional.of(controls + " control characters in " + text.length() + ": binary content, not text")
                : Optional.empty();
    }

    /** The page's own credit first; else the reporters of a byline paragraph in the body. */
    private static String author(String credited, Byline byline) {
        if (credited != null && !credited.isBlank()) {
            return credited;
        }
        return byline.reporters().isEmpty() ? null : String.join(" ", byline.reporters());
    }

    private static String scriptSubtag(ChineseScript script) {
        return switch (script) {
            case HANS -> Article.SIMPLIFIED;
            case HANT -> Article.TRADITIONAL;
            default -> null;
        };
    }

    private static String joined(List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            sb.append(p.text()).append('\n');
        }
        return sb.toString();
    }

    /** Han characters among letters and ideographs (digits, punctuation and spaces do not count either way). */
    static double hanShare(String text) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || Character.isIdeographic(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return letters == 0 ? 0.0 : (double) han / letters;
    }
}
