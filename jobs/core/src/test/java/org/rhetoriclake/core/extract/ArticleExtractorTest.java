package org.rhetoriclake.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedBody extract(String html) {
        return extractor.extractFragment(html);
    }

    private static List<String> texts(ExtractedBody body) {
        return body.paragraphs().stream().map(Paragraph::text).toList();
    }

    private static List<ParagraphKind> kinds(ExtractedBody body) {
        return body.paragraphs().stream().map(Paragraph::kind).toList();
    }

    @Test
    void figureInsideParagraphBecomesACaptionAndLeavesNoEmptyParagraph() {
        ExtractedBody b = extract("<p>前文。</p><p><figure><img alt=\"替代文字\" src=\"a.jpg\">"
                + "<figcaption> 图为会场（资料图片） </figcaption><div><a data-caption=\"x\" href=\"a.jpg\">"
                + "<img src=\"zoom.png\"></a></div></figure></p><p>后文。</p>");
        assertEquals(List.of("前文。", "后文。"), texts(b));
        assertEquals(0, b.paragraphs().get(0).index());
        assertEquals(1, b.paragraphs().get(1).index());
        assertEquals(List.of("图为会场（资料图片）"), b.captions());
    }

    @Test
    void textAroundAFigureInOneParagraphStaysInTwoParagraphs() {
        ExtractedBody b = extract("<p>图前的话。<figure><figcaption>图说</figcaption></figure>图后的话。</p>");
        assertEquals(List.of("图前的话。", "图后的话。"), texts(b));
        assertEquals(List.of("图说"), b.captions());
    }

    @Test
    void figureWithoutFigcaptionUsesTheImageAlt() {
        ExtractedBody b = extract("<p>正文。</p><figure><img src=\"a.jpg\" alt=\"\"><img src=\"b.jpg\" "
                + "alt=\"外长会晤（路透社）\"></figure><p><img src=\"c.jpg\" alt=\"不在figure里的图\"></p>");
        assertEquals(List.of("外长会晤（路透社）"), b.captions());
        assertEquals(List.of("正文。"), texts(b));
    }

    @Test
    void relatedLinkListIsDroppedByLinkDensity() {
        ExtractedBody b = extract("<p>第一段。</p><ul>"
                + "<li><strong><span> <a href=\"/a\">拜习会或下周登场</a> </span></strong></li>"
                + "<li><a href=\"/b\">中国再次表示：实现元首会晤</a></li>"
                + "<li><span><a href=\"/c\"><strong>第二次拜习会在即</strong></a></span></li>"
                + "</ul><p>第二段。</p>");
        assertEquals(List.of("第一段。", "第二段。"), texts(b));
    }

    @Test
    void listThatIsMostlyLinksIsDroppedEvenWithOneTextItem() {
        ExtractedBody b = extract("<p>正文。</p><ol><li><a href=\"/1\">链接一</a></li><li><a href=\"/2\">链接二</a>"
                + "</li><li><a href=\"/3\">链接三</a></li><li>没有链接的一项</li></ol>");
        assertEquals(List.of("正文。"), texts(b));
    }

    @Test
    void ordinaryListIsKeptItemByItem() {
        ExtractedBody b = extract("<p>三点共识：</p><ul><li>恢复军事对话；</li><li>加强<a href=\"/x\">禁毒</a>合作；"
                + "</li><li>扩大人文交流。</li></ul>");
        assertEquals(List.of("三点共识：", "恢复军事对话；", "加强禁毒合作；", "扩大人文交流。"), texts(b));
    }

    @Test
    void listWithHalfLinksIsKept() {
        ExtractedBody b = extract("<ul><li><a href=\"/1\">链接一</a></li><li>要点一</li>"
                + "<li><a href=\"/2\">链接二</a></li><li>要点二</li></ul>");
        assertEquals(List.of("链接一", "要点一", "链接二", "要点二"), texts(b));
    }

    @Test
    void boldShortParagraphIsASubheading() {
        ExtractedBody b = extract("<p>正文。</p><p><strong>美媒：王毅预告准备恢复军事对话</strong></p>"
                + "<p> <b>第二个小标题</b>&nbsp;</p><p>更多正文。</p>");
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.SUBHEADING, ParagraphKind.SUBHEADING,
                ParagraphKind.BODY), kinds(b));
        assertEquals("第二个小标题", b.paragraphs().get(2).text());
        assertEquals(List.of(0, 1, 2, 3), b.paragraphs().stream().map(Paragraph::index).toList());
    }

    @Test
    void headingElementsAreSubheadings() {
        ExtractedBody b = extract("<h2>一、背景</h2><p>正文。</p><h3>二、<em>影响</em></h3><h4>这是一句完整的话。</h4>");
        assertEquals(List.of(ParagraphKind.SUBHEADING, ParagraphKind.BODY, ParagraphKind.SUBHEADING,
                ParagraphKind.BODY), kinds(b));
        assertEquals("二、影响", b.paragraphs().get(2).text());
    }

    @Test
    void boldSentencesAndPartlyBoldParagraphsAreBody() {
        ExtractedBody b = extract("<p><strong>这是一句被加粗强调的话。</strong></p>"
                + "<p><strong>伯恩斯：</strong>“美中关系更加稳定。”</p>"
                + "<p><strong>" + "很长的加粗文字".repeat(7) + "</strong></p>"
                + "<p><strong>真的吗？</strong></p>");
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY),
                kinds(b));
        assertEquals("伯恩斯：“美中关系更加稳定。”", b.paragraphs().get(1).text());
    }

    @Test
    void bylineParagraphIsRemovedAndParsed() {
        ExtractedBody b = extract("<p>正文。</p><p>记者：高锋\u00a0\u00a0\u00a0 责编：许书婷、梒青\u00a0\u00a0\u00a0 网编：瑞哲</p>");
        assertEquals(List.of("正文。"), texts(b));
        assertEquals(new Byline(List.of("高锋"), List.of("许书婷", "梒青"), List.of("瑞哲")), b.byline());
    }

    @Test
    void bylineVariantsAreFoundAnywhereAndMerged() {
        ExtractedBody b = extract("<p>作者：张三</p><p>正文。</p><p>（責任編輯：王五）</p>");
        assertEquals(List.of("正文。"), texts(b));
        assertEquals(0, b.paragraphs().get(0).index());
        assertEquals(new Byline(List.of("张三"), List.of("王五"), List.of()), b.byline());
    }

    @Test
    void interviewQuestionIsBodyNotByline() {
        ExtractedBody b = extract("<p>记者：您如何看待当前的中美关系？</p><p>王毅：总体稳定。</p>");
        assertEquals(List.of("记者：您如何看待当前的中美关系？", "王毅：总体稳定。"), texts(b));
        assertTrue(b.byline().isEmpty());
    }

    @Test
    void noBodyGivesNoParagraphs() {
        assertTrue(extract("").paragraphs().isEmpty());
        assertTrue(extract("<p> </p><p>&nbsp;\u3000</p><script>var a = '正文';</script>").paragraphs().isEmpty());
        ExtractedBody onlyExtras = extract("<figure><figcaption>图说</figcaption></figure><p>记者：高锋</p>"
                + "<ul><li><a href=\"/x\">相关阅读</a></li></ul>");
        assertTrue(onlyExtras.paragraphs().isEmpty());
        assertEquals(List.of("图说"), onlyExtras.captions());
        assertEquals(List.of("高锋"), onlyExtras.byline().reporters());
    }

    @Test
    void brokenAndUnclosedHtmlStillGivesTheParagraphs() {
        ExtractedBody b = extract("<p>第一段<p>第二段<div>第三段</p></span><p><b>第四段，未闭合的粗体。<p>第五段");
        assertEquals(List.of("第一段", "第二段", "第三段", "第四段，未闭合的粗体。", "第五段"), texts(b));
    }

    @Test
    void looseTextAndInlineWrappersAroundBlocks() {
        ExtractedBody b = extract("开头没有标签的文字。<a href=\"/x\"><div>链接里的块。</div></a><span>结尾。</span>");
        assertEquals(List.of("开头没有标签的文字。", "链接里的块。", "结尾。"), texts(b));
    }

    @Test
    void whitespaceIsFoldedInsideAndTrimmedAtTheEnds() {
        ExtractedBody b = extract("<p>\u3000\u3000虽然美中大使努力营造良好气氛， \n\t 但两国分歧太大。\u00a0</p>");
        assertEquals(List.of("虽然美中大使努力营造良好气氛， 但两国分歧太大。"), texts(b));
    }

    @Test
    void doubleLineBreakSeparatesParagraphsSingleDoesNot() {
        ExtractedBody b = extract("<div>第一段，<br>同一段。<br> <br>\n第二段。<br><br><br>第三段。</div>");
        assertEquals(List.of("第一段， 同一段。", "第二段。", "第三段。"), texts(b));
    }

    @Test
    void scriptsStylesAndNavigationAreNotText() {
        ExtractedBody b = extract("<style>p{}</style><nav><a href=\"/\">首页</a></nav><p>正文<script>track()</script>。"
                + "</p><aside>侧栏</aside><!-- 注释 -->");
        assertEquals(List.of("正文。"), texts(b));
    }

    @Test
    void worksOnTheMainElementOfAFullPage() {
        Element main = Jsoup.parse("<html><head><title>站名</title></head><body><header>导航</header>"
                + "<article><h2>小标题</h2><p>正文一。</p><p>正文二。</p></article><footer>版权</footer></body></html>")
                .selectFirst("article");
        ExtractedBody b = extractor.extract(main);
        assertEquals(List.of("小标题", "正文一。", "正文二。"), texts(b));
        assertEquals(ParagraphKind.SUBHEADING, b.paragraphs().get(0).kind());
    }

    @Test
    void deepNestingIsFlattenedNotOverflowed() {
        // Deep enough to overflow the stack of a walk without the depth cap; built with appendChild because
        // appendElement looks up the tree for parser settings on every call.
        Element root = new Element("div");
        Element e = root;
        for (int i = 0; i < 100_000; i++) {
            Element child = new Element("div");
            e.appendChild(child);
            e = child;
        }
        e.appendText("很深的文字。");
        ExtractedBody b = extractor.extract(root);
        assertEquals(List.of("很深的文字。"), texts(b));
    }
}
