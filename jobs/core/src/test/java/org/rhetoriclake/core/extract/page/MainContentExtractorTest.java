package org.rhetoriclake.core.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.extract.ExtractedBody;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;

/** Millisecond tests on pages written for the tests: what the main-content extractor keeps and leaves out. */
class MainContentExtractorTest {
    private final MainContentExtractor extractor = new MainContentExtractor();

    /** Running text with punctuation, as an article paragraph reads. */
    private static final String P1 = "外交部发言人周三在例行记者会上表示，双方将在下周举行新一轮磋商，讨论经贸、气候和人文交流等议题。";
    private static final String P2 = "分析人士认为，这次会晤有助于稳定双边关系，但分歧依然存在，双方仍需通过对话管控风险。";
    private static final String P3 = "据了解，此次磋商将在北京举行，为期两天，双方代表团将就具体合作项目交换意见。";

    private static final String NAV = "<nav><a href=/>首页</a><a href=/a>国内</a><a href=/b>国际</a><a href=/c>财经</a>"
            + "<a href=/d>科技</a><a href=/e>体育</a></nav>";
    private static final String RELATED = "<div class=related><h3>相关新闻</h3><ul>"
            + "<li><a href=/n1>双方将举行新一轮磋商</a></li><li><a href=/n2>外交部回应经贸问题</a></li>"
            + "<li><a href=/n3>专家解读会晤成果</a></li><li><a href=/n4>气候合作迎来新进展</a></li></ul></div>";
    private static final String FOOTER = "<div id=footer><p>关于我们 | 联系我们 | 广告服务</p>"
            + "<p>Copyright © 2023 某某新闻网 版权所有 京ICP备12345678号</p></div>";

    private ExtractedBody extract(String html) {
        return extractor.extract(Jsoup.parse(html));
    }

    private static List<String> texts(ExtractedBody body) {
        return body.paragraphs().stream().map(Paragraph::text).toList();
    }

    private static String page(String article) {
        return "<html><head><title>双方将举行新一轮磋商_某某新闻网</title></head><body>" + NAV
                + "<div class=wrap><div class=main>" + article + RELATED + "</div>"
                + "<div class=side><h3>热门排行</h3><ol><li><a href=/h1>热点一则新闻标题</a></li>"
                + "<li><a href=/h2>热点二则新闻标题</a></li><li><a href=/h3>热点三则新闻标题</a></li></ol></div>"
                + "</div>" + FOOTER + "</body></html>";
    }

    @Test
    void keepsTheArticleAndLeavesNavigationRelatedListsSidebarAndFooterOut() {
        ExtractedBody b = extract(page("<h1>双方将举行新一轮磋商</h1><div class=info>2023-11-09 17:30 来源：某某日报</div>"
                + "<div class=text><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"));
        assertEquals(List.of(P1, P2, P3), texts(b));
        assertEquals(List.of(0, 1, 2), b.paragraphs().stream().map(Paragraph::index).toList());
    }

    @Test
    void commentsAreNotArticleTextEvenWhenTheyAreLongerThanTheArticle() {
        String comment = "<div class=item><a href=/u1>网友甲</a><p>我认为这篇报道写得很好，分析也很到位，希望双方能够继续保持沟通，"
                + "不要让分歧扩大，毕竟合作对大家都有好处。</p></div>";
        ExtractedBody b = extract(page("<div class=text><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "<div id=comments><h3>网友评论</h3>" + comment.repeat(6) + "</div>"));
        assertEquals(List.of(P1, P2), texts(b));
    }

    @Test
    void shareBarsTagListsAndNextArticleLinksInsideTheContentAreDropped() {
        ExtractedBody b = extract(page("<div class=text><p>" + P1 + "</p><div class=share-bar>分享到：<a href=#w>微博</a>"
                + "<a href=#x>微信</a><a href=#q>QQ空间</a></div><p>" + P2 + "</p>"
                + "<p>标签：<a href=/t1>外交部</a> <a href=/t2>磋商</a> <a href=/t3>经贸合作</a></p>"
                + "<p>上一篇：<a href=/prev>前一篇文章的标题在这里</a></p></div>"));
        assertEquals(List.of(P1, P2), texts(b));
    }

    @Test
    void inlineLinksInsideAParagraphStay() {
        ExtractedBody b = extract(page("<div class=text><p>据<a href=/x>新华社</a>报道，" + P1 + "</p><p>" + P2
                + "</p></div>"));
        assertEquals("据新华社报道，" + P1, b.paragraphs().get(0).text());
    }

    @Test
    void listPageOfHeadlinesWithSummariesHasNoArticle() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            items.append("<li class=item><h3><a href=/p").append(i).append(">第").append(i)
                    .append("条新闻的标题写在这里</a></h3><p class=summary>这是第").append(i)
                    .append("条新闻的摘要，介绍了事件的经过，以及各方的反应和下一步安排。</p><span>2023-11-0")
                    .append(i).append("</span></li>");
        }
        ExtractedBody b = extract("<html><body>" + NAV + "<div class=list><ul>" + items + "</ul></div>" + FOOTER
                + "</body></html>");
        assertTrue(b.paragraphs().isEmpty(), () -> texts(b).toString());
    }

    @Test
    void indexPageOfLinksOnlyHasNoArticle() {
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            links.append("<li><a href=/n").append(i).append(">今日要闻第").append(i).append("条：某地举行重要会议</a></li>");
        }
        ExtractedBody b = extract("<html><body>" + NAV + "<ul>" + links + "</ul>" + FOOTER + "</body></html>");
        assertTrue(b.paragraphs().isEmpty());
    }

    @Test
    void directoryListingHasNoArticle() {
        ExtractedBody b = extract("<html><head><title>Index of /news</title></head><body><h1>Index of /news</h1>"
                + "<pre><a href=\"?C=N;O=D\">Name</a> <a href=\"?C=M;O=A\">Last modified</a> <a href=\"?C=S;O=A\">Size</a>"
                + "<hr><a href=\"/\">Parent Directory</a>\n<a href=\"2023/\">2023/</a> 2023-11-09 17:30 -\n"
                + "<a href=\"a.html\">a.html</a> 2023-11-09 17:30 12K\n<a href=\"b.html\">b.html</a> 2023-11-10 08:01 9K\n"
                + "</pre><address>Apache/2.4.41 (Ubuntu) Server at example.com Port 80</address></body></html>");
        assertTrue(b.paragraphs().isEmpty(), () -> texts(b).toString());
    }

    @Test
    void notFoundPageHasNoArticle() {
        ExtractedBody b = extract("<html><body>" + NAV + "<div class=error><h1>404</h1><p>抱歉，您访问的页面不存在。</p>"
                + "<p><a href=/>返回首页</a></p></div>" + FOOTER + "</body></html>");
        assertTrue(b.paragraphs().isEmpty(), () -> texts(b).toString());
    }

    @Test
    void emptyAndBodilessDocumentsHaveNoArticle() {
        assertTrue(extract("").paragraphs().isEmpty());
        assertTrue(extractor.extract(new Document("")).paragraphs().isEmpty());
    }

    @Test
    void captionsAreKeptApartFromTheBody() {
        ExtractedBody b = extract(page("<div class=text><p>" + P1 + "</p>"
                + "<figure><img src=a.jpg alt=会场><figcaption>图为磋商现场（资料图）</figcaption></figure>"
                + "<p>" + P2 + "</p>"
                + "<p align=center><img src=b.jpg width=600></p><p align=center>图为双方代表握手。</p>"
                + "<div class=img_wrapper><img src=c.jpg><span class=img_descr>会场外景</span></div>"
                + "<p>" + P3 + "</p></div>"));
        assertEquals(List.of(P1, P2, P3), texts(b));
        assertEquals(List.of("图为磋商现场（资料图）", "图为双方代表握手。", "会场外景"), b.captions());
    }

    @Test
    void aShortLabelRightAfterAPictureIsItsCaption() {
        ExtractedBody b = extract(page("<div class=text><p>" + P1 + "</p><p><img src=a.jpg></p><p>会场外景。</p><p>" + P2
                + "</p></div>"));
        assertEquals(List.of(P1, P2), texts(b));
        assertEquals(List.of("会场外景。"), b.captions());
    }

    @Test
    void aParagraphAfterAPictureIsNotACaption() {
        ExtractedBody b = extract(page("<div class=text><p>" + P1 + "</p><p><img src=a.jpg></p><p>" + P2 + "</p>"
                + "<p><img src=b.jpg></p><p>值得一提的是，中国打造公园的模式已经在国际社会广受好评。</p><p>" + P3 + "</p></div>"));
        assertEquals(List.of(P1, P2, "值得一提的是，中国打造公园的模式已经在国际社会广受好评。", P3), texts(b));
        assertTrue(b.captions().isEmpty());
    }

    @Test
    void aSectionHeadingAfterAPictureIsNotACaption() {
        ExtractedBody b = extract(page("<div class=text><p>" + P1 + "</p><p><img src=a.jpg></p><p>缘起一部电视剧</p><p>"
                + P2 + "</p></div>"));
        assertEquals(List.of(P1, "缘起一部电视剧", P2), texts(b));
        assertTrue(b.captions().isEmpty());
    }

    @Test
    void anIconBeforeACreditLineDoesNotMakeItACaption() {
        ExtractedBody b = extract(page("<div class=text><p>" + P1 + "</p><p>" + P2 + "</p><p><img src=icon.png width=13 "
                + "height=12 class=icon> 编辑：王五</p></div>"));
        assertTrue(b.captions().isEmpty());
        assertEquals(List.of("王五"), b.byline().editors());
    }

    @Test
    void subheadingsAreMarked() {
        ExtractedBody b = extract(page("<div class=text><p>" + P1 + "</p><p><strong>经贸合作稳步推进</strong></p><p>" + P2
                + "</p><h3>人文交流持续升温</h3><p>" + P3 + "</p><p><strong>下一轮磋商会有新突破吗？</strong></p><p>" + P1
                + "</p></div>"));
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.SUBHEADING, ParagraphKind.BODY,
                ParagraphKind.SUBHEADING, ParagraphKind.BODY, ParagraphKind.SUBHEADING, ParagraphKind.BODY),
                b.paragraphs().stream().map(Paragraph::kind).toList());
    }

    @Test
    void creditLinesAfterTheArticleGoToTheByline() {
        ExtractedBody b = extract(page("<div class=text><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "<p class=editor>责任编辑：李四</p>"));
        assertEquals(List.of(P1, P2), texts(b));
        assertEquals(List.of("李四"), b.byline().editors());
    }

    @Test
    void reporterLineWithoutColonGoesToTheByline() {
        ExtractedBody b = extract(page("<div class=text><p><strong>本报记者 张三 李四</strong></p><p>" + P1 + "</p><p>" + P2
                + "</p><p>新京报记者 王五 北京报道</p></div>"));
        assertEquals(List.of(P1, P2), texts(b));
        assertEquals(List.of("张三", "李四", "王五"), b.byline().reporters());
    }

    @Test
    void originalHeadlineAndSourceNotesAreNotBody() {
        ExtractedBody b = extract(page("<div class=text><p>（原标题：双方下周举行磋商）</p><p>" + P1 + "</p><p>" + P2
                + "</p><p>（资料来源：新华社、人民网）</p><p>本文来源：某某日报 责任编辑：赵六_NB1234</p></div>"));
        assertEquals(List.of(P1, P2), texts(b));
        assertEquals(List.of("赵六_NB1234"), b.byline().editors());
    }

    @Test
    void hiddenBlocksAreNotRead() {
        ExtractedBody b = extract(page("<div class=text><p>" + P1 + "</p><div style=\"display: none\"><p>" + P3
                + "</p></div><p hidden>隐藏的段落，不应出现在正文里。</p><p>" + P2 + "</p></div>"));
        assertEquals(List.of(P1, P2), texts(b));
    }

    @Test
    void headlineAndDatelineAboveTheBodyAreNotBody() {
        ExtractedBody b = extract(page("<div class=article><h1>双方将举行新一轮磋商，讨论经贸议题</h1>"
                + "<p class=time>2023-11-09 17:30 来源：某某日报</p><p>" + P1 + "</p><p>" + P2 + "</p></div>"));
        assertEquals(List.of(P1, P2), texts(b));
    }

    /** Bug: with the headline counted as neither prose nor clutter, an {@code <h1>} inside the text box came out. */
    @Test
    void theHeadlineInsideTheArticleBoxIsNotAParagraph() {
        ExtractedBody b = extract(page("<div class=article><h1>外长会晤后双方同意恢复对话机制，年内再磋商</h1><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"));
        assertEquals(List.of(P1, P2, P3), texts(b));
    }

    @Test
    void aCaptionInSmallPrintAfterAPictureIsACaption() {
        ExtractedBody b = extract(page("<div class=text><p>" + P1 + "</p><center><img src=a.jpg></center>"
                + "<p>　<font style=\"font-size: 9pt\">　雨中游览黄鹤楼的市民照样开心，城市摄影队 周斌</font></p><p>" + P2
                + "</p></div>"));
        assertEquals(List.of(P1, P2), texts(b));
        assertEquals(List.of("雨中游览黄鹤楼的市民照样开心，城市摄影队 周斌"), b.captions());
    }

    /** Bug: paragraphs loose in a layout cell beside a related-links table were lost (old portal pages). */
    @Test
    void paragraphsLooseInALayoutCellBesideLinkTablesAreFound() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            links.append("<tr><td><a href=/r").append(i).append(">相关报道第").append(i).append("篇的标题很长很长</a></td></tr>");
        }
        ExtractedBody b = extract("<html><body><table><tr><td width=580>"
                + "<table><tr><td><b>双方将举行新一轮磋商</b></td></tr><tr><td>2005-04-05 06:40 来源：某报</td></tr></table>"
                + "<p>" + P1 + "<p>" + P2 + "<p>" + P3 + "<p>编辑：山石<table>" + links + "</table>"
                + "</td><td width=170><table>" + links + "</table></td></tr></table></body></html>");
        assertEquals(List.of(P1, P2, P3), texts(b));
        assertEquals(List.of("山石"), b.byline().editors());
    }

    /** Bug: a page wrapper whose class list happened to contain "nav" hid the whole article. */
    @Test
    void aWrapperNamedLikeNavigationIsStillSearched() {
        ExtractedBody b = extract("<html><body><div id=container class=\"site-zh int-nav\">" + NAV
                + "<div class=story-body><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>" + RELATED
                + "</div></body></html>");
        assertEquals(List.of(P1, P2, P3), texts(b));
    }

    /** Bug: a legal notice with commas next to the article was taken in with it. */
    @Test
    void legalNoticesBesideTheArticleAreLeftOut() {
        ExtractedBody b = extract(page("<div id=essay><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div id=used><span>反侵权公告：<p>根据有关法律法规，未经书面许可，任何单位或个人不得转载、摘编本网作品，"
                + "违者本社将依法追究其法律责任。</p><p>一、任何单位或个人使用本网作品，须事先获得书面授权，并注明出处。</p>"
                + "<p>二、对侵权行为，本社将采取法律手段维护自身合法权益。</p></span></div>"));
        assertEquals(List.of(P1, P2, P3), texts(b));
    }

    /** Bug: a teaser carousel without links inside the article column was read as more article text. */
    @Test
    void teaserCarouselsInsideTheArticleColumnAreLeftOut() {
        String teaser = "<div class=slider-item><h3>另一篇文章的标题，讲的是别的事情</h3><p>这是另一篇文章的摘要，说的是股市行情，"
                + "与本文无关，读者点开才能看到全文...</p><div>2019-09-09 21:38:04</div></div>";
        ExtractedBody b = extract(page("<div class=text><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<div class=wx-slider-wrap>" + teaser.repeat(4) + "</div></div>"));
        assertEquals(List.of(P1, P2, P3), texts(b));
    }

    /** Bug: a blog sidebar of recent comments (prose with a few links) was merged with the post. */
    @Test
    void aSidebarColumnIsNotMergedWithTheArticleColumn() {
        StringBuilder recent = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            recent.append("<li><a href=/c").append(i).append(">〖网友").append(i).append("〗</a>回复：<a href=/p")
                    .append(i).append(">《某篇文章》</a> 说得很有道理，我也这么认为，支持一下。</li>");
        }
        ExtractedBody b = extract("<html><body><table><tr><td><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>"
                + P1 + "</p></td><td><h3>最新评论</h3><ul>" + recent + "</ul></td></tr></table></body></html>");
        assertEquals(List.of(P1, P2, P3, P1), texts(b));
    }

    @Test
    void mainContentNamesTheElementHoldingTheArticle() {
        Document doc = Jsoup.parse(page("<div class=text><p>" + P1 + "</p><p>" + P2 + "</p></div>"));
        Element main = extractor.mainContent(doc).orElseThrow();
        assertEquals("text", main.className());
        assertFalse(extractor.mainContent(Jsoup.parse("<html><body>" + NAV + "</body></html>")).isPresent());
    }

    @Test
    void deeplyNestedPagesDoNotOverflowTheStack() {
        Document doc = Jsoup.parse("<html><body></body></html>");
        Element e = doc.body();
        for (int i = 0; i < 5000; i++) {
            Element child = new Element("div");
            e.appendChild(child);
            e = child;
        }
        e.appendElement("p").text(P1);
        e.appendElement("p").text(P2);
        ExtractedBody b = extractor.extract(doc);
        assertFalse(b.paragraphs().isEmpty());
    }

    @Test
    void oneInstanceServesManyThreadsAndLeavesTheDocumentAsItWas() throws Exception {
        Document doc = Jsoup.parse(page("<div class=text><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"));
        String before = doc.outerHtml();
        ExtractedBody expected = extractor.extract(doc);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedBody>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> extractor.extract(doc)));
            }
            for (Future<ExtractedBody> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before, doc.outerHtml());
    }
}
