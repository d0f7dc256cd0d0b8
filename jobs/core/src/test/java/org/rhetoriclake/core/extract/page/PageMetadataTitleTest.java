package org.rhetoriclake.core.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The headline rules of {@link PageMetadataExtractor}, one page per rule, written for this test. */
class PageMetadataTitleTest {
    private static final PageMetadataExtractor EXTRACTOR = new PageMetadataExtractor(PublishedDatesTest.CLOCK);

    private static String title(String html) {
        return EXTRACTOR.extract(Jsoup.parse(html, "")).title();
    }

    private static String head(String title, String metas) {
        return "<html><head><title>" + title + "</title>" + metas + "</head><body>";
    }

    @Test
    void theHeadingThatStartsTheTitleWins() {
        assertEquals("河边的新桥今天通车", title(head("河边的新桥今天通车_城市频道_某某网", "")
                + "<h1>某某网</h1><div><h1>河边的新桥今天通车</h1><p>正文。</p></div>"));
    }

    @Test
    void aHeadingMayDifferInSpacing() {
        assertEquals("河边的新桥 今天通车 市民点赞", title(head("河边的新桥今天通车市民点赞_某某网", "")
                + "<h1>河边的新桥 今天通车 市民点赞</h1>"));
    }

    @Test
    void aBadgeInTheHeadingIsNotPartOfTheHeadline() {
        assertEquals("河边的新桥今天通车", title(head("河边的新桥今天通车_某某网", "")
                + "<h1>河边的新桥今天通车<span class='tag'>原创</span></h1>"));
        assertEquals("河边的新桥今天通车 市民纷纷前来参观", title(head("河边的新桥今天通车_某某网", "")
                + "<h1>河边的新桥今天通车 市民纷纷前来参观</h1>"), "a title cut short by the site");
    }

    @Test
    void anH2CountsWhenItMatches() {
        assertEquals("山间小路赏红叶 (2)", title(head("山间小路赏红叶 (2) @ 小明的家 :: 博客站 ::", "")
                + "<h1>博客站</h1><h2>小明的家</h2><h2>山间小路赏红叶 (2)</h2>"));
    }

    @Test
    void ogTitleWithoutAHeading() {
        assertEquals("河边的新桥今天通车", title(head("河边的新桥今天通车|某某网",
                "<meta property='og:title' content='河边的新桥今天通车'>") + "<p>正文。</p>"));
    }

    @Test
    void metaTitlesLoseTheirSuffixToo() {
        assertEquals("河边的新桥今天通车", title(head("x", "<meta property='og:title' content='河边的新桥今天通车 | 某某新闻网'>")));
        assertEquals("河边的新桥今天通车",
                title(head("x", "<meta name='twitter:title' content='河边的新桥今天通车 - 某某新闻网'>")));
    }

    @Test
    void markupInAMetaTitleIsDropped() {
        assertEquals("凝聚力量——热烈祝贺大会开幕", title(head("凝聚力量——热烈祝贺大会开幕_某市人民政府网",
                "<meta name='ArticleTitle' content='凝聚力量<div>——热烈祝贺大会开幕</div>'>")));
    }

    @Test
    void aTruncatedOgTitleLosesToTheTitle() {
        // content="…"暗伤"…": the unescaped quote ends the attribute early
        String html = "<html><head><title>狂奔的集团\"暗伤\"曝露？_某某财经</title>"
                + "<meta property=\"og:title\" content=\"狂奔的集团\" 暗伤\"曝露？\"=\"\"></head><body><p>x</p>";
        assertEquals("狂奔的集团\"暗伤\"曝露？", title(html));
    }

    @Test
    void titleSuffixesAreStripped() {
        assertEquals("宇航员在太空中喝酒会怎么样？后果很严重", title(head("宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网", "")));
        assertEquals("中国人习以为常的地方 为何老外却说“了不得”？", title(head("中国人习以为常的地方 为何老外却说“了不得”？|公园_新浪新闻", "")));
        assertEquals("逆水寒再按照这个速度研发下去 应该马上就要收到律师函了！", title(head("逆水寒再按照这个速度研发下去 应该马上就要收到律师函了！|游民星空", "")));
        assertEquals("多地项目连环爆雷 龙湖集团暗伤曝露", title(head("多地项目连环爆雷 龙湖集团暗伤曝露_网易财经", "")));
        assertEquals("人工智能迈上新台阶", title(head("人工智能迈上新台阶_科技_腾讯网", "")));
        assertEquals("十七种产品入选国家绿色制造名单", title(head("十七种产品入选国家绿色制造名单 - 要闻云南 - 云南日报网", "")));
        assertEquals("交通运输部：打造立体交通网络", title(head("交通运输部：打造立体交通网络-股票频道-和讯网", "")));
        assertEquals("共享充电宝涨价告别1元时代", title(head("共享充电宝涨价告别1元时代_10%公司_澎湃新闻-The Paper", "")));
        assertEquals("多数夫妻生活有名无实(图)", title(head("多数夫妻生活有名无实(图)--雅虎新闻", "")));
        assertEquals("第三届安全论坛举办 发布新版ZoomEye", title(head("第三届安全论坛举办 发布新版ZoomEye-CSDN.NET", "")));
        assertEquals("播客热潮迅速蔓延 挑逗传统传媒业", title(head("多维博客 &raquo; 播客热潮迅速蔓延 挑逗传统传媒业", "")));
    }

    @Test
    void aLongSiteNameGoesWhenTheMetadataNamesIt() {
        assertEquals("马克龙星期一在莫斯科与普京会面", title(head("马克龙星期一在莫斯科与普京会面 - RFI - 法国国际广播电台的中文网站首页",
                "<meta property='og:site_name' content='RFI - 法国国际广播电台的中文网站首页'>")));
    }

    @Test
    void theLeadingColumnIsPartOfTheHeadline() {
        assertEquals("棱镜|数据业大整顿：用户信息几元不等", title(head("棱镜|数据业大整顿：用户信息几元不等_财经_腾讯网", "")));
    }

    @Test
    void anEmDashSubtitleIsNotASuffix() {
        assertEquals("为现代化建设凝聚强大智慧和力量——热烈祝贺政协会议开幕",
                title(head("为现代化建设凝聚强大智慧和力量——热烈祝贺政协会议开幕_某市人民政府网", "")));
    }

    @Test
    void aShortTitleIsNotCutToNothing() {
        assertEquals("金锺国 - 维基百科，自由的百科全书", title(head("金锺国 - 维基百科，自由的百科全书", "")));
        assertEquals("金锺国", title(head("金锺国 - 维基百科，自由的百科全书", "") + "<h1>金锺国</h1>"));
    }

    @Test
    void aLogoHeadingDoesNotWin() {
        assertEquals("河边的新桥今天通车", title(head("河边的新桥今天通车_光明网", "") + "<h1>光明网</h1><p>正文</p>"));
    }

    @Test
    void aTitleLeftInTheBodyIsStillRead() {
        // an archiver's wrapper before <html> pushes <title> into the body
        String html = "<text id='http://x.cn/1.html'><html><head><title>多数夫妻生活有名无实--雅虎新闻</title></head>"
                + "<body><p>多数夫妻生活有名无实</p><p>2005-04-05 06:40更新</p></body></html></text>";
        assertEquals("多数夫妻生活有名无实", title(html));
    }

    @Test
    void aTemplateTitleGivesWayToTheEmphasisedHeadline() {
        String html = head("显示", "") + "<p align='center'><strong>犬儒病(上)</strong></p><hr>"
                + "<p>胡平<br><br>正文第一段很长很长，为了显示这不是标题。<br>正文第二段。</p>";
        assertEquals("犬儒病(上)", title(html));
    }

    @Test
    void aHeadlineBrokenOverLinesIsFound() {
        String html = head("全国人大常委会关于批准特别国债的决议_国务院公报_中国政府网", "")
                + "<p><strong>全国人大常委会<br>关于批准特别国债的决议</strong></p><p>（2007年6月29日通过）</p>";
        assertEquals("全国人大常委会关于批准特别国债的决议", title(html));
    }

    @Test
    void jsonLdHeadline() {
        String html = "<html><head><title>x</title><script type='application/ld+json'>"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"血濺桃機 他把老婆丟下樓再跳樓\"}</script></head><body>";
        assertEquals("血濺桃機 他把老婆丟下樓再跳樓", title(html));
    }

    @Test
    void danglingSeparatorsAreTrimmed() {
        assertEquals("谁来为无序拆房“埋单”？", title(head("x", "") + "<h1>谁来为无序拆房“埋单”？- -</h1>"));
    }

    @Test
    void noTitleAtAll() {
        assertNull(title("<html><body><p>只有正文。</p></body></html>"));
        assertSame(PageMetadata.EMPTY, EXTRACTOR.extract(null));
    }

    @Test
    void stripKeepsWhatItRemoved() {
        PageMetadataTitles.Cut cut = PageMetadataTitles.strip("标题在这里很长_首页武汉_新闻中心_长江网_cjn.cn", List.of());
        assertEquals("标题在这里很长", cut.headline());
        assertEquals("长江网", cut.removed().get(cut.removed().size() - 1));
    }
}
