package org.rhetoriclake.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.Reject;
import org.rhetoriclake.core.model.SourceRef;

class HtmlArticleParserTest {
    static final HtmlArticleParser PARSER = new HtmlArticleParser();

    static final String PAGE = """
            <html><head><meta charset="%s"><title>外长会晤后双方同意恢复对话机制_示例新闻网</title>
            <meta property="article:published_time" content="2024-05-06T09:30:00+08:00">
            <link rel="canonical" href="https://news.example.org/world/2024/05/06/talks.html"></head>
            <body><nav><a href="/">首页</a> <a href="/world">国际</a> <a href="/china">国内</a></nav>
            <div class="article"><h1>外长会晤后双方同意恢复对话机制</h1>
            <p>两国外长周一在日内瓦举行了长达三个小时的会谈，这是双方一年多来级别最高的面对面接触。</p>
            <p>会谈结束后，双方发表联合新闻稿，表示同意恢复中断已久的多个对话机制，并在年内安排新一轮磋商。</p>
            <p>分析人士认为，此次会晤释放出缓和信号，但两国在贸易和安全议题上的分歧依然明显。</p></div>
            <div class="footer">版权所有 示例新闻网 © 2024</div></body></html>""";

    static RawRecord page(String html, Charset charset, String uri, Map<String, String> headers) {
        return new RawRecord(new SourceRef("/in/page.html", 0, null), InputFormat.HTML, uri, null, headers,
                String.format(PAGE.equals(html) ? html : html, charset.name().toLowerCase()).getBytes(charset));
    }

    static Article ok(Outcome<Article> o) {
        return assertInstanceOf(Outcome.Ok.class, o).value() instanceof Article a ? a : null;
    }

    @Test
    void aSavedPageBecomesAnArticleWithItsMetadataCharsetAndScript() {
        Article a = ok(PARSER.parse(page(PAGE, Charset.forName("GB18030"), null, Map.of())));
        assertEquals("外长会晤后双方同意恢复对话机制", a.title());
        assertEquals(Instant.parse("2024-05-06T01:30:00Z"), a.publishedAt());
        assertEquals("https://news.example.org/world/2024/05/06/talks.html", a.url());
        assertEquals(3, a.paragraphs().size());
        assertTrue(a.paragraphs().get(0).text().startsWith("两国外长周一"));
        assertEquals("gb18030", a.charsetDeclared());
        assertEquals("GB18030", a.charsetUsed());
        assertEquals(Article.SIMPLIFIED, a.script());
        assertEquals("zh-Hans", a.language());
        assertTrue(a.body().indexOf("首页") < 0 && a.body().indexOf("版权所有") < 0, "navigation and footer removed");
    }

    @Test
    void theSamePageFromACrawlAndFromAFileIsTheSameArticle() {
        Article file = ok(PARSER.parse(page(PAGE, StandardCharsets.UTF_8, null, Map.of())));
        Article crawled = ok(PARSER.parse(page(PAGE, StandardCharsets.UTF_8, "http://mirror.example/x.html",
                Map.of("content-type", "text/html; charset=utf-8"))));
        assertEquals(file.articleId(), crawled.articleId(), "the canonical link decides the id, not where it was read");
        assertEquals(file.contentHash(), crawled.contentHash());
    }

    @Test
    void withoutACanonicalLinkTheCrawlUrlIsTheUrl() {
        String html = PAGE.replace("<link rel=\"canonical\" href=\"https://news.example.org/world/2024/05/06/talks.html\">", "");
        Article crawled = ok(PARSER.parse(page(html, StandardCharsets.UTF_8, "https://news.example.org/a?id=7",
                Map.of())));
        assertEquals("https://news.example.org/a?id=7", crawled.url());
        Article file = ok(PARSER.parse(page(html, StandardCharsets.UTF_8, null, Map.of())));
        assertNull(file.url());
        assertNotEquals(crawled.articleId(), file.articleId(), "no URL: the id comes from the content");
    }

    @Test
    void aTraditionalPageKeepsItsTextAndSaysSo() {
        String html = """
                <html><head><meta charset="utf-8"><title>外交部發言人回應記者提問</title></head><body>
                <article><p>外交部發言人今天在例行記者會上表示，雙方應該透過對話處理分歧，維護區域和平穩定。</p>
                <p>發言人並說，臺灣問題是兩岸關係的核心，國際社會應尊重當地民眾的意願。</p></article></body></html>""";
        Article a = ok(PARSER.parse(page(html, StandardCharsets.UTF_8, null, Map.of())));
        assertEquals(Article.TRADITIONAL, a.script());
        assertEquals("zh-Hant", a.language());
        assertTrue(a.paragraphs().get(0).text().startsWith("外交部發言人"), "original script kept");
        Article simplified = SimplifiedCopy.of(a);
        assertTrue(simplified.paragraphs().get(0).text().startsWith("外交部发言人"));
        assertEquals(a.paragraphs().get(1).text().length(), simplified.paragraphs().get(1).text().length());
    }

    @Test
    void aListPageIsSkippedAndAnEnglishPageIsSkippedAsNotChinese() {
        StringBuilder list = new StringBuilder("<html><head><title>新闻列表</title></head><body><ul>");
        for (int i = 0; i < 30; i++) {
            list.append("<li><a href=\"/n/").append(i).append(".html\">第").append(i).append("条新闻的标题在这里</a></li>");
        }
        list.append("</ul></body></html>");
        Outcome<Article> o = PARSER.parse(page(list.toString(), StandardCharsets.UTF_8, null, Map.of()));
        assertEquals(HtmlArticleParser.NOT_AN_ARTICLE, assertInstanceOf(Outcome.Skipped.class, o).reason());

        String english = "<html><head><title>Talks resume</title></head><body><article><p>The two foreign ministers "
                + "met in Geneva on Monday for three hours of talks, the highest-level contact in more than a year.</p>"
                + "<p>They agreed to resume several dialogue mechanisms and to hold another round this year.</p>"
                + "</article></body></html>";
        o = PARSER.parse(page(english, StandardCharsets.UTF_8, null, Map.of()));
        assertEquals(HtmlArticleParser.NOT_CHINESE, assertInstanceOf(Outcome.Skipped.class, o).reason());
    }

    @Test
    void aFragmentWithoutAnyTitleIsRejectedNotInvented() {
        String fragment = "<p>这是一段没有标题的正文片段，既没有标题元素也没有大标题，只有文字本身而已。</p>"
                + "<p>第二段文字同样没有任何标题信息，用来检验解析器不会凭空编造标题。</p>";
        Outcome<Article> o = PARSER.parse(page(fragment, StandardCharsets.UTF_8, null, Map.of()));
        Reject r = assertInstanceOf(Outcome.Rejected.class, o).reject();
        assertEquals(HtmlArticleParser.NO_TITLE, r.reason());
        assertEquals(Reject.Stage.EXTRACT, r.stage());
    }

    @Test
    void bytesThatDecodeToNothingReadableAreRejectedAtTheDecodeStage() {
        byte[] junk = new byte[4000];
        new java.util.Random(7).nextBytes(junk);
        byte[] html = "<html><head><title>x</title></head><body><p>".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[html.length + junk.length];
        System.arraycopy(html, 0, all, 0, html.length);
        System.arraycopy(junk, 0, all, html.length, junk.length);
        Outcome<Article> o = PARSER.parse(new RawRecord(new SourceRef("/in/bin.html", 0, null), InputFormat.HTML,
                null, null, Map.of("content-type", "text/html; charset=utf-8"), all));
        Reject r = assertInstanceOf(Outcome.Rejected.class, o).reject();
        assertEquals(Reject.Stage.DECODE, r.stage());
        assertEquals(HtmlArticleParser.GARBLED, r.reason());
    }
}
