package org.rhetoriclake.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.Reject;
import org.rhetoriclake.core.model.SourceRef;

class DumpArticleParserTest {
    private static final SourceRef SOURCE = new SourceRef("/in/dump/a.txt", 0, null);
    private static final Instant CAPTURED = Instant.parse("2024-03-01T08:00:00Z");
    private final DumpArticleParser parser = new DumpArticleParser();

    private static RawRecord record(byte[] bytes) {
        return new RawRecord(SOURCE, InputFormat.DUMP, null, CAPTURED, Map.of(), bytes);
    }

    private static RawRecord record(String text) {
        return record(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void buildsTheArticle() {
        Outcome<Article> o = parser.parse(record("<!--1699551000000-->\n[标题](HTTPS://Example.com/a.html?utm_source=x)"
                + "\n---\n\n<p>第一段。</p><p>第二段。</p><p>记者：高锋</p>"));
        Article a = (Article) assertInstanceOf(Outcome.Ok.class, o, () -> o.toString()).value();
        assertEquals("https://example.com/a.html", a.url());
        assertEquals(ArticleIds.sha256Hex("https://example.com/a.html").substring(0, 16), a.articleId());
        assertEquals("标题", a.title());
        assertEquals(Instant.parse("2023-11-09T17:30:00Z"), a.publishedAt());
        assertEquals(CAPTURED, a.capturedAt());
        assertEquals(SOURCE, a.source());
        assertEquals(List.of("第一段。", "第二段。"), a.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(new Byline(List.of("高锋"), List.of(), List.of()), a.byline());
        assertEquals("zh-Hans", a.language());
        assertEquals("UTF-8", a.charsetUsed());
        assertNull(a.charsetDeclared());
        // printf '标题\n第一段。\n第二段。' | sha256sum
        assertEquals("fb9ff456f9d5491d6e1406c2271fd506c657bcbff5e85e53eb4861a9a4aad761", a.contentHash());
    }

    @Test
    void withoutUrlTheKeyComesFromTheText() {
        Outcome<Article> o = parser.parse(record("<!--1699551000000-->\n[标题]()\n---\n<p>第一段。</p><p>第二段。</p>"));
        Article a = (Article) assertInstanceOf(Outcome.Ok.class, o, () -> o.toString()).value();
        assertNull(a.url());
        assertEquals("fb9ff456f9d5491d", a.articleId());
    }

    @Test
    void noBodyIsAnExtractReject() {
        Outcome<Article> o = parser.parse(record("<!--1699551000000-->\n[标题](https://example.com/a)\n---\n"
                + "<p><figure><figcaption>图说</figcaption></figure></p><ul><li><a href=\"/x\">相关</a></li></ul>"
                + "<p>记者：高锋</p>"));
        Reject r = assertInstanceOf(Outcome.Rejected.class, o, () -> o.toString()).reject();
        assertEquals(Reject.Stage.EXTRACT, r.stage());
        assertEquals(DumpArticleParser.EMPTY_BODY, r.reason());
        assertEquals(SOURCE, r.source());
        assertTrue(r.snippet().startsWith("<p><figure>"), r.snippet());
        Outcome<Article> nothing = parser.parse(record("<!--1699551000000-->\n[标题](https://example.com/a)\n---\n"));
        assertEquals(DumpArticleParser.EMPTY_BODY,
                assertInstanceOf(Outcome.Rejected.class, nothing).reject().reason());
    }

    @Test
    void envelopeRejectsPassThrough() {
        Outcome<Article> o = parser.parse(record(new byte[] {'<', '!', '-', '-', (byte) 0xC3, '\n'}));
        Reject r = assertInstanceOf(Outcome.Rejected.class, o).reject();
        assertEquals(Reject.Stage.INGEST, r.stage());
        assertEquals(DumpDocumentParser.INVALID_UTF8, r.reason());
    }

    @Test
    void aFailureInsideBecomesAnInternalErrorReject() {
        Clock broken = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                throw new IllegalStateException("clock is broken");
            }
        };
        DumpArticleParser failing = new DumpArticleParser(new DumpDocumentParser(broken), new ArticleExtractor());
        Outcome<Article> o = failing.parse(record("<!--1699551000000-->\n[标题](https://example.com/a)\n---\n<p>x</p>"));
        Reject r = assertInstanceOf(Outcome.Rejected.class, o).reject();
        assertEquals(Reject.Stage.EXTRACT, r.stage());
        assertEquals(DumpArticleParser.INTERNAL_ERROR, r.reason());
        assertTrue(r.detail().contains("clock is broken"), r.detail());
        assertTrue(r.snippet().startsWith("<!--1699551000000-->"), r.snippet());
    }

    @Test
    void neverThrowsOnGarbage() {
        Random random = new Random(20231109L);
        String header = "<!--1699551000000-->\n[标题](https://example.com/a)\n---\n";
        String[] pieces = {"<p>", "</p>", "<figure>", "</figure>", "<ul>", "<li>", "<a href='x'>", "<b>", "<br>",
            "<strong>", "<h3>", "<table><tr><td>", "记者：", "正文。", "\u00a0", "\r\n", "<!--", "-->", "<script>",
            "&amp;", "&#0;", "<", ">", "\"", "]", "(", ")"};
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder(i % 3 == 0 ? "" : header);
            for (int j = random.nextInt(60); j > 0; j--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            assertNotNull(parser.parse(record(sb.toString())));
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            assertNotNull(parser.parse(record(bytes)));
        }
        StringBuilder deep = new StringBuilder(header);
        deep.append("<span>".repeat(50_000)).append("深处的文字。");
        Outcome<Article> o = parser.parse(record(deep.toString()));
        Article a = (Article) assertInstanceOf(Outcome.Ok.class, o, () -> o.toString()).value();
        assertEquals("深处的文字。", a.paragraphs().get(0).text());
    }
}
