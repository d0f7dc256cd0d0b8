package org.rhetoriclake.core.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.extract.page.PageMetadata.Precision;

/** Canonical URL, site name, the record, the JSON-LD reader, page lines, and robustness of the extractor. */
class PageMetadataExtractorTest {
    private static final PageMetadataExtractor EXTRACTOR = new PageMetadataExtractor(PublishedDatesTest.CLOCK);

    private static PageMetadata meta(String html, String url) {
        return EXTRACTOR.extract(Jsoup.parse(html, url));
    }

    // ---------------------------------------------------------------- canonical URL

    @Test
    void canonicalLink() {
        assertEquals("https://news.example.cn/a/1.html",
                meta("<head><link rel='canonical' href='https://news.example.cn/a/1.html'></head>", "").canonicalUrl());
        assertEquals("https://news.example.cn/a/1.html", meta("<head><link rel='canonical' href='/a/1.html'></head>",
                "https://news.example.cn/b/2.html").canonicalUrl());
        assertNull(meta("<head><link rel='canonical' href='/a/1.html'></head>", "").canonicalUrl(),
                "relative, and the page's own URL unknown");
    }

    @Test
    void ogUrlWhenNoCanonicalLink() {
        assertEquals("https://news.ifeng.com/c/7rtKNyg6PU9",
                meta("<head><meta property='og:url' content='https://news.ifeng.com/c/7rtKNyg6PU9'></head>", "")
                        .canonicalUrl());
        assertEquals("https://udn.com/news/story/1",
                meta("<head><meta property='og:url' content='//udn.com/news/story/1'></head>", "").canonicalUrl());
        assertNull(meta("<head><meta property='og:url' content='www.sohu.com/a/434365209_123753'></head>",
                "").canonicalUrl(), "no scheme");
        assertNull(meta("<head><meta property='og:url' content=''></head>", "").canonicalUrl());
    }

    @Test
    void aFrontPageIsNoArticlesCanonicalUrl() {
        assertNull(meta("<head><link rel='canonical' href='http://xxgk.example.gov.cn/'></head>", "").canonicalUrl());
        assertNull(meta("<head><link rel='canonical' href='ftp://example.cn/a.html'></head>", "").canonicalUrl());
    }

    // ---------------------------------------------------------------- site name

    @Test
    void siteNameFromMetadata() {
        assertEquals("聯合新聞網", meta("<head><meta property='og:site_name' content='聯合新聞網'></head>", "").siteName());
        assertEquals("巴彦淖尔市人民政府", meta("<head><meta name='SiteName' content='巴彦淖尔市人民政府'></head>", "")
                .siteName());
        assertEquals("聯合新聞網", meta("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"聯合新聞網 | 聯合新聞網\"}}</script></head>", "")
                .siteName());
    }

    @Test
    void siteNameFromTheTitleSuffix() {
        assertEquals("光明网", meta("<head><title>宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网</title></head>", "")
                .siteName());
        assertEquals("澎湃新闻", meta("<head><title>共享充电宝涨价告别1元时代_10%公司_澎湃新闻-The Paper</title></head>", "")
                .siteName());
        assertEquals("长江网", meta("<head><title>外媒眼中的武汉长假_首页武汉_新闻中心_长江网_cjn.cn</title></head>", "")
                .siteName());
        assertNull(meta("<head><title>只有标题</title></head>", "").siteName());
    }

    // ---------------------------------------------------------------- the record

    @Test
    void dateFieldsGoTogether() {
        assertThrows(IllegalArgumentException.class,
                () -> new PageMetadata("t", OffsetDateTime.parse("2020-01-01T00:00+08:00"), null, "meta", null, null,
                        null));
        assertTrue(Precision.SECOND.atLeast(Precision.DAY));
        assertFalse(Precision.MONTH.atLeast(Precision.DAY));
    }

    // ---------------------------------------------------------------- JSON-LD

    @Test
    void brokenJsonLdBlocksAreSkippedWhole() {
        Document doc = Jsoup.parse("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"好标题\",\"datePublished\":\"2019-03-18T23:59:13+08:00\"}</script>"
                + "<script type='application/ld+json'>{\"item\": {\"@id\": \"@id\": \"x\", \"headline\":\"坏\"}}"
                + "</script>"
                + "</head>");
        PageMetadataJsonLd ld = PageMetadataJsonLd.read(doc);
        assertEquals("好标题", ld.headline);
        assertEquals("2019-03-18T23:59:13+08:00", ld.datePublished);
    }

    @Test
    void jsonLdGraphsArraysAndComments() {
        Document doc = Jsoup.parse("<head><script type='application/ld+json'><!-- {\"@graph\":[{\"@type\":"
                + "\"BreadcrumbList\",\"name\":\"x\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"\\u6807\\u9898\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"张三\"},{\"name\":\"李四\"}]}]} --></script></head>");
        PageMetadataJsonLd ld = PageMetadataJsonLd.read(doc);
        assertEquals("标题", ld.headline);
        assertEquals(List.of("张三", "李四"), ld.authors.stream().map(PageMetadataJsonLd.Author::name).toList());
    }

    @Test
    void theJsonReaderIsStrictAndBounded() {
        assertEquals(Map.of("a", List.of("1", Boolean.TRUE)),
                new PageMetadataJsonLd.Reader("{\"a\": [1, true]}").readDocument());
        assertThrows(IllegalArgumentException.class, () -> new PageMetadataJsonLd.Reader("{\"a\": 1,}").readDocument());
        assertThrows(IllegalArgumentException.class,
                () -> new PageMetadataJsonLd.Reader("{\"a\": 1} x").readDocument());
        assertThrows(IllegalArgumentException.class, () -> new PageMetadataJsonLd.Reader("\"\\u12\"").readDocument());
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThrows(IllegalArgumentException.class, () -> new PageMetadataJsonLd.Reader(deep).readDocument());
    }

    // ---------------------------------------------------------------- lines

    @Test
    void linesFollowBlocksAndMarkFurniture() {
        Document doc = Jsoup.parse("<body><div class='art-meta'>2020-10-04 20:30<br>来源: 长江网</div>"
                + "<div class='hot-news'><p>热门</p></div><footer><p>版权</p></footer><nav>首页</nav>"
                + "<div id='http://blog.example.cn/more.asp?id=1'><p>正文</p></div>"
                + "<script>var x = '2019-01-01';</script><p><b>标题</b></p><p><a href='/'>链接</a></p></body>");
        List<PageMetadataLines.Line> lines = PageMetadataLines.of(doc.body());
        List<String> texts = new ArrayList<>();
        lines.forEach(l -> texts.add(l.text()));
        assertEquals(List.of("2020-10-04 20:30", "来源: 长江网", "热门", "版权", "首页", "正文", "标题", "链接"), texts);
        assertFalse(lines.get(0).furniture());
        assertTrue(lines.get(2).furniture(), "hot-news");
        assertTrue(lines.get(3).furniture(), "footer");
        assertTrue(lines.get(4).furniture(), "nav");
        assertFalse(lines.get(5).furniture(), "a URL kept as an id is no class word");
        assertTrue(lines.get(6).emphasised());
        assertTrue(lines.get(7).linked());
    }

    // ---------------------------------------------------------------- robustness

    @Test
    void deeplyNestedPagesDoNotOverflow() {
        String html = "<title>深层页面的标题_某网</title>" + "<div>".repeat(5_000) + "<p>2020-01-02 03:04</p>"
                + "</div>".repeat(5_000);
        PageMetadata m = meta(html, "");
        assertEquals("深层页面的标题", m.title());
    }

    @Test
    void emptyAndOddDocuments() {
        assertEquals(PageMetadata.EMPTY, meta("", ""));
        PageMetadata m = meta("<title>   </title><meta name='author' content=''><meta name='pubdate' content='x'>", "");
        assertNull(m.title());
        assertNull(m.publishedAt());
        assertNull(m.author());
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            pages.add("<html><head><title>第" + i + "条新闻的标题_某某网</title></head><body><h1>第" + i + "条新闻的标题</h1>"
                    + "<div>2020-01-0" + i + " 10:00 作者：张三</div><p>正文。</p></body></html>");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PageMetadata>> results = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String page : pages) {
                    results.add(pool.submit(() -> meta(page, "")));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                PageMetadata m = results.get(i).get();
                int n = i % pages.size() + 1;
                assertEquals("第" + n + "条新闻的标题", m.title());
                assertEquals(OffsetDateTime.parse("2020-01-0" + n + "T10:00+08:00"), m.publishedAt());
                assertEquals("张三", m.author());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
