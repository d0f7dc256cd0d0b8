package org.rhetoriclake.core.extract;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.Reject;

/**
 * The extract stage for dump records: envelope ({@link DumpDocumentParser}), body ({@link ArticleExtractor}),
 * keys ({@link ArticleIds}) into one {@link Article}.
 *
 * <p>Never throws: a record that breaks a rule, or breaks this code, comes back as a {@link Reject}, because one
 * bad file among millions must not end a run. Thread-safe; one instance can serve every task.
 */
public final class DumpArticleParser {
    /** An article with no body text left after extraction (only figures, only links, only a byline, nothing). */
    public static final String EMPTY_BODY = "extract.empty_body";
    /** A bug or an input this code did not foresee; the detail holds the exception. */
    public static final String INTERNAL_ERROR = "extract.internal_error";

    /**
     * The dump sources publish Simplified Chinese. A constant until the decode stage detects the script
     * (Hans/Hant) per record; then the language comes from there.
     */
    public static final String LANGUAGE = "zh-Hans";
    /** The dump format is UTF-8 by definition, and {@link DumpDocumentParser} rejects anything else. */
    public static final String CHARSET_USED = StandardCharsets.UTF_8.name();

    private final DumpDocumentParser documentParser;
    private final ArticleExtractor extractor;

    public DumpArticleParser() {
        this(new DumpDocumentParser(), new ArticleExtractor());
    }

    public DumpArticleParser(DumpDocumentParser documentParser, ArticleExtractor extractor) {
        this.documentParser = Objects.requireNonNull(documentParser, "documentParser");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    public Outcome<Article> parse(RawRecord record) {
        try {
            Outcome<DumpDocument> envelope = documentParser.parse(record);
            if (envelope instanceof Outcome.Rejected<DumpDocument> rejected) {
                return Outcome.rejected(rejected.reject());
            }
            if (envelope instanceof Outcome.Skipped<DumpDocument> skipped) {
                return Outcome.skipped(skipped.reason(), skipped.source());
            }
            DumpDocument doc = ((Outcome.Ok<DumpDocument>) envelope).value();
            ExtractedBody body = extractor.extractFragment(doc.htmlFragment());
            if (body.paragraphs().isEmpty()) {
                return Outcome.rejected(new Reject(Reject.Stage.EXTRACT, EMPTY_BODY,
                        "no body text in the HTML fragment (" + body.captions().size() + " captions, byline "
                                + (body.byline().isEmpty() ? "absent" : "present") + ")",
                        record.source(), doc.htmlFragment()));
            }
            String canonicalUrl = ArticleIds.canonicalUrl(doc.url()).orElse(null);
            String contentHash = ArticleIds.contentHash(doc.title(), body.paragraphs());
            return Outcome.ok(new Article(ArticleIds.articleId(canonicalUrl, contentHash), record.source(),
                    canonicalUrl, doc.title(), doc.publishedAt(), record.capturedAt(), body.byline(), LANGUAGE,
                    body.paragraphs(), body.captions(), contentHash, null, CHARSET_USED));
        } catch (RuntimeException | StackOverflowError e) {
            // StackOverflowError too: pathological nesting is an input problem, and the thread survives it.
            return Outcome.rejected(new Reject(Reject.Stage.EXTRACT, INTERNAL_ERROR,
                    e.getClass().getName() + ": " + e.getMessage(), record.source(), leadingText(record)));
        }
    }

    /** For a human reading the reject; lenient decoding is fine here, nothing is parsed from it. */
    private static String leadingText(RawRecord record) {
        byte[] bytes = record.content();
        return new String(bytes, 0, Math.min(bytes.length, Reject.SNIPPET_CHARS * 4), StandardCharsets.UTF_8);
    }
}
