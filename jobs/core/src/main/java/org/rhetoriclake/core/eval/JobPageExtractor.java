package org.rhetoriclake.core.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.rhetoriclake.core.decode.HtmlDecoder;
import org.rhetoriclake.core.extract.HtmlArticleParser;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.SourceRef;

/**
 * The job's own extraction as the evaluation sees it: the page's bytes go through exactly what the job runs on
 * a saved page ({@link HtmlArticleParser}: charset detection, metadata, main text), so the figures describe the
 * tables, not a separate code path. A page the job skips or rejects has no fields (it scores 0 where it has
 * truth). Times are shown in UTC+8, the zone the Chinese-language truths are written in; the stored value is
 * UTC either way.
 */
public final class JobPageExtractor implements PageUnderTest {
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final HtmlArticleParser parser = new HtmlArticleParser();
    private final HtmlDecoder decoder = new HtmlDecoder();

    @Override
    public PageExtraction extract(Path htmlFile) throws Exception {
        byte[] bytes = Files.readAllBytes(htmlFile);
        String decoded = decoder.decode(bytes, null).text();
        Outcome<Article> outcome = parser.parse(new RawRecord(SourceRef.ofFile(htmlFile.toString()), InputFormat.HTML,
                null, null, Map.of(), bytes));
        if (!(outcome instanceof Outcome.Ok<Article> ok)) {
            return new PageExtraction(null, null, null, null, null, decoded);
        }
        Article a = ok.value();
        OffsetDateTime published = a.publishedAt() == null ? null : a.publishedAt().atOffset(CHINA);
        String body = a.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        return new PageExtraction(a.title(), published, null, a.author(), body, decoded);
    }
}
