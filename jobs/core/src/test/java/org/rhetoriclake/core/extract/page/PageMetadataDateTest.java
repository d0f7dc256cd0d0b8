package org.rhetoriclake.core.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.extract.page.PageMetadata.Precision;

/** The publication-date rules of {@link PageMetadataExtractor}, one page per rule, written for this test. */
class PageMetadataDateTest {
    private static final PageMetadataExtractor EXTRACTOR = new PageMetadataExtractor(PublishedDatesTest.CLOCK);

    private static PageMetadata meta(String html) {
        return meta(html, "");
    }

    private static PageMetadata meta(String html, String url) {
        return EXTRACTOR.extract(Jsoup.parse(html, url));
    }

    private static OffsetDateTime cst(String local) {
        return OffsetDateTime.parse(local + "+08:00");
    }

    private static final String HEAD = "<html><head><title>河边的新桥今天通车_某某网</title>";
    private static final String BODY = "<body><h1>河边的新桥今天通车</h1>";

    @Test
    void publishedMetaTagWins() {
        PageMetadata m = meta(HEAD + "<meta property='article:published_time' content='2019-09-07T13:43:45+08:00'>"
                + "</head>" + BODY + "<p>2019-09-08 10:00</p>");
        assertEquals(OffsetDateTime.parse("2019-09-07T13:43:45+08:00"), m.publishedAt());
        assertEquals(Precision.SECOND, m.publishedPrecision());
        assertEquals("meta", m.publishedFrom());
    }

    @Test
    void metaNamesAreReadWhateverTheirCaseAndSpacing() {
        assertEquals(cst("2022-02-11T09:52"),
                meta(HEAD + "<meta name='PubDate' content='2022-02-11 09:52'>").publishedAt());
        assertEquals(cst("2019-11-25T16:04:30"),
                meta(HEAD + "<meta name='og:time ' content='2019-11-25 16:04:30'>").publishedAt());
        assertEquals(cst("2020-11-26T08:04"),
                meta(HEAD + "<meta itemprop='datePublished' content='2020-11-26 08:04'>").publishedAt());
        assertEquals(cst("2018-08-23T00:00"), meta(HEAD + "<meta name='dc.date' content='2018-08-23'>").publishedAt());
    }

    @Test
    void aDayOnlyMetaTakesTheHeaderTimeOfTheSameDay() {
        PageMetadata m = meta(HEAD + "<meta name='publishdate' content='2023-11-17'></head>" + BODY
                + "<div>来源： 某某网</div><div>2023-11-17 15:13</div><p>正文。</p>");
        assertEquals(cst("2023-11-17T15:13"), m.publishedAt());
        assertEquals(Precision.MINUTE, m.publishedPrecision());
        assertEquals("meta+visible-text", m.publishedFrom());
    }

    @Test
    void aHeaderDateOfAnotherDayDoesNotOverrideTheMeta() {
        PageMetadata m = meta(HEAD + "<meta name='PubDate' content='2022-01-28 00:00:00'></head>" + BODY
                + "<div>更新于 2022年01月27日 10:00</div>");
        assertEquals(cst("2022-01-28T00:00"), m.publishedAt());
        assertEquals(Precision.DAY, m.publishedPrecision());
        assertEquals("meta", m.publishedFrom());
    }

    @Test
    void anImplausibleMetaIsSkipped() {
        PageMetadata m = meta(HEAD + "<meta name='pubdate' content='1970-01-01'></head>" + BODY
                + "<div>2019-09-26 12:11 来源：某某网</div>");
        assertEquals(cst("2019-09-26T12:11"), m.publishedAt());
        assertEquals("visible-text", m.publishedFrom());
    }

    @Test
    void jsonLdDatePublished() {
        PageMetadata m = meta(HEAD + "<script type='application/ld+json'>[{\"@context\":\"http://schema.org\","
                + "\"@type\":\"NewsArticle\",\"datePublished\":\"2019-03-18T23:59:13+08:00\","
                + "\"dateModified\":\"2019-03-19T11:47:12+08:00\"}]</script></head>" + BODY);
        assertEquals(OffsetDateTime.parse("2019-03-18T23:59:13+08:00"), m.publishedAt());
        assertEquals("json-ld", m.publishedFrom());
    }

    @Test
    void baiduCambrianPubDate() {
        PageMetadata m = meta(HEAD + "<script type=\"application/ld+json\">{\"@context\": "
                + "\"https://ziyuan.baidu.com/contexts/cambrian.jsonld\", \"title\": \"x\", "
                + "\"pubDate\": \"2019-09-07T15:14:21\"}</script></head>" + BODY);
        assertEquals(cst("2019-09-07T15:14:21"), m.publishedAt());
    }

    @Test
    void timeElement() {
        PageMetadata m = meta(HEAD + "</head>" + BODY
                + "<time datetime='2022-02-06T12:48:06+00:00' pubdate='pubdate'>6 février</time>");
        assertEquals(OffsetDateTime.parse("2022-02-06T12:48:06Z"), m.publishedAt());
        assertEquals("time-element", m.publishedFrom());
    }

    @Test
    void microdataOutsideMeta() {
        PageMetadata m = meta(HEAD + "</head>" + BODY + "<span itemprop='datePublished'>2021年1月29日 13:18</span>");
        assertEquals(cst("2021-01-29T13:18"), m.publishedAt());
    }

    @Test
    void theDateBelowTheHeadline() {
        PageMetadata m = meta(HEAD + "</head><body><div class='top'>2024年5月1日 星期三</div>"
                + "<h1>河边的新桥今天通车</h1><div>发布时间：2023-11-09 17:30:05 来源：某某日报</div>"
                + "<p>2022年3月，大桥开工。</p>");
        assertEquals(cst("2023-11-09T17:30:05"), m.publishedAt());
        assertEquals("visible-text", m.publishedFrom());
    }

    @Test
    void aDatelineOpeningTheFirstParagraph() {
        PageMetadata m = meta(HEAD + "</head>" + BODY + "<p>【看中国2005年07月03日报道】一九八九年四月，我在湖南张家界开"
                + "一个全省教学研究会议。按照惯例，会议安排了一天时间，让与会者去风景点游玩观赏。那一天正好是四月十五日。</p>");
        assertEquals(cst("2005-07-03T00:00"), m.publishedAt());
    }

    @Test
    void footersRelatedListsAndCommentsAreIgnored() {
        PageMetadata m = meta(HEAD + "</head>" + BODY + "<p>正文没有日期。</p>"
                + "<div class='related'><ul><li>另一篇 2019-01-01 10:00</li></ul></div>"
                + "<div id='comments'><p>网友 2019-01-02 11:00</p></div>"
                + "<footer>Copyright 2019-2020 某某网 2019-01-03</footer>",
                "https://news.example.cn/c/2019-11-25/doc-1.shtml");
        assertEquals(cst("2019-11-25T00:00"), m.publishedAt());
        assertEquals("url", m.publishedFrom());
    }

    @Test
    void aHeaderInASharingBoxIsStillRead() {
        PageMetadata m = meta(HEAD + "</head>" + BODY + "<div class='share_box'><span>2019-05-17 · 某城市报道</span>"
                + "<a>分享到</a></div><p>正文。</p>");
        assertEquals(cst("2019-05-17T00:00"), m.publishedAt());
    }

    @Test
    void aHeadlinePrintedTwiceIsReadWhereTheDateIs() {
        PageMetadata m = meta(HEAD + "<meta name='publishdate' content='2023-11-17'></head><body>"
                + "<div class='mobile'><h1>河边的新桥今天通车</h1><p>摘要：今天通车。</p></div>"
                + "<ul><li><a href='/'>首页</a></li><li><a href='/a'>时政</a></li><li><a href='/b'>资讯</a></li></ul>"
                + "<div class='main'><h1>河边的新桥今天通车</h1><div>2023-11-17 15:13</div><p>正文。</p></div>");
        assertEquals(cst("2023-11-17T15:13"), m.publishedAt());
    }

    @Test
    void aLabelledDateAnywhereWhenTheHeadlineIsNotFound() {
        PageMetadata m = meta("<html><head><title>某某博客</title></head><body><p>欢迎光临</p>"
                + "<p>建立于:2004年10月6日</p><p>陈天华《警世钟》</p><p>ggjjzhzz 发表于 2005-9-15 11:46:00</p>");
        assertEquals(cst("2005-09-15T11:46"), m.publishedAt());
    }

    @Test
    void aShortDateLineLabelledAsSomethingElseIsNoPublicationDate() {
        PageMetadata m = meta("<html><head><title>某某博客</title></head><body><p>欢迎光临</p>"
                + "<p>建立于:2004年10月6日</p><p>陈天华《警世钟》</p><p>2005-09-15 11:46</p>");
        assertEquals(cst("2005-09-15T11:46"), m.publishedAt());
    }

    @Test
    void aCitationLineDatesAnEssay() {
        PageMetadata m = meta("<html><head><title>显示</title></head><body><p>犬儒病</p><p>正文很长的一段文字。</p>"
                + "<p>——《北京之春》1998年3月号</p>");
        assertEquals(cst("1998-03-01T00:00"), m.publishedAt());
        assertEquals(Precision.MONTH, m.publishedPrecision());
    }

    @Test
    void usOrderDatesOfOldAspSites() {
        PageMetadata m = meta(HEAD + "</head>" + BODY + "<div>作者： 来源： 发布日期： 9/17/2004 5:54:13 AM</div>");
        assertEquals(cst("2004-09-17T05:54:13"), m.publishedAt());
    }

    @Test
    void aLastModifiedDateIsTheLastResort() {
        PageMetadata m = meta(HEAD + "<meta itemprop='dateUpdate' content='2019-09-30 22:46:13'></head>" + BODY
                + "<div>发布时间：09-30 22:46</div>");
        assertEquals(cst("2019-09-30T22:46:13"), m.publishedAt());
        assertEquals("meta-modified", m.publishedFrom());
    }

    @Test
    void privateUseGlyphsOfGbPagesAreSpaces() {
        PageMetadata m = meta(HEAD + "</head>" + BODY + "<div>2004年7月16日08:19\uE5C2 来源：某报</div>");
        assertEquals(cst("2004-07-16T08:19"), m.publishedAt());
    }

    @Test
    void noDateAtAll() {
        PageMetadata m = meta(HEAD + "</head>" + BODY + "<p>正文没有日期。</p>");
        assertNull(m.publishedAt());
        assertNull(m.publishedPrecision());
        assertNull(m.publishedFrom());
    }

    @Test
    void anOfficialDocumentIsDatedByItsIssuingDateNotByTheWebPage() {
        PageMetadata m = meta("""
                <html><head><title>关于加强边境口岸管理的通告</title><meta name="PubDate" content="2022-03-09 10:00">
                </head><body><table class="info"><tr><td>发文机关：</td><td>示例省人民政府</td></tr>
                <tr><td>成文日期：</td><td>2022年03月07日</td></tr><tr><td>发布日期：</td><td>2022年03月09日</td></tr></table>
                <h1>关于加强边境口岸管理的通告</h1><p>为进一步规范口岸秩序，现就有关事项通告如下。</p>
                <p>示例省人民政府</p><p>2022年3月7日</p></body></html>""");
        assertEquals(cst("2022-03-07T00:00"), m.publishedAt());
        assertEquals("document-date", m.publishedFrom());
    }
}
