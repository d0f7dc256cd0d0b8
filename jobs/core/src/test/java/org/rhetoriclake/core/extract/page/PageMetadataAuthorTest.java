package org.rhetoriclake.core.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The author rules of {@link PageMetadataExtractor} and {@link PageMetadataCredits}, on pages written for this test.
 */
class PageMetadataAuthorTest {
    private static final PageMetadataExtractor EXTRACTOR = new PageMetadataExtractor(PublishedDatesTest.CLOCK);
    private static final String HEAD = "<html><head><title>河边的新桥今天通车_某某网</title>";
    private static final String BODY = "<body><h1>河边的新桥今天通车</h1>";
    private static final String PARAGRAPH = "<p>大桥今天上午正式通车，市民纷纷前来参观，交通部门表示通车后两岸往来时间将缩短一半以上，"
            + "沿线居民出行更加方便。</p>";

    private static String author(String html) {
        return EXTRACTOR.extract(Jsoup.parse(html, "")).author();
    }

    private static String header(String line) {
        return author(HEAD + "</head>" + BODY + "<div>" + line + "</div>" + PARAGRAPH);
    }

    @Test
    void labelledWriters() {
        assertEquals("张三", header("2023-11-09 17:30 来源：某某日报 作者：张三"));
        assertEquals("张三、李四", header("作者：张三 李四"));
        assertEquals("张三", header("文/张三"));
        assertEquals("张三", header("文｜张三"));
        assertEquals("张三", header("撰文：张三"));
        assertEquals("春春", header("作者︱春春"));
    }

    @Test
    void reporters() {
        assertEquals("王建宏、张文攀", header("光明日报记者 王建宏 张文攀"));
        assertEquals("彭冲", header("新京报记者 彭冲 山东冠县报道"));
        assertEquals("陳嘉寧", header("2019-03-18 23:59 聯合報 記者陳嘉寧／桃園機場報導"));
        // Big5 A2 41 decodes (CP950) as U+2215 DIVISION SLASH: still the reporter/place separator.
        assertEquals("許雅涵", header("記者許雅涵\u2215台北報導"));
        assertEquals("林子沛", header("采写：南都见习记者 林子沛"));
        assertEquals("王文", header("【文/观察者网专栏作者 王文】"));
    }

    @Test
    void creditsOnConsecutiveLinesAreMerged() {
        assertEquals("刘国栋、周炜、王燕平", author(HEAD + "</head>" + BODY
                + "<p>本报实习生 刘国栋 周炜</p><p>本报记者 王燕平</p><p>2003-7-24 某某晚报</p>" + PARAGRAPH));
    }

    @Test
    void datelinesOpeningTheStory() {
        assertEquals("陈智", author(HEAD + "</head>" + BODY + "<p>长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半，"
                + "但外媒关注武汉的热情不减，中国武汉依然频频出现在各大主流媒体的新闻报道中，受到广泛关注。</p>"));
        assertEquals("张三、李四", author(HEAD + "</head>" + BODY + "<p>新华社北京11月9日电（记者 张三、李四）国务院新闻办公室"
                + "9日举行新闻发布会，介绍有关情况。发布会上，有关负责人回答了记者提问，表示将继续推进各项工作。</p>"));
        assertEquals("邱俊欽", author(HEAD + "</head>" + BODY + "<p>（中央社記者邱俊欽桃園19日電）桃園市平鎮區一家輪胎行"
                + "今天清晨發生大火，7人從火場中疏散；由於火勢延燒猛烈，消防人員持續搶救中，詳細原因仍待調查。</p>"));
    }

    @Test
    void creditsClosingTheStory() {
        assertEquals("葛灵丹", author(HEAD + "</head>" + BODY + PARAGRAPH + "<p>□ 本报记者 葛灵丹</p>"));
        assertEquals("姚峰", author(HEAD + "</head>" + BODY + PARAGRAPH
                + "<p>该人士说：“这样的说法没有道理。”（姚峰 上海报道）</p>"));
        assertEquals("常书香、马丹阳", author(HEAD + "</head>" + BODY + PARAGRAPH
                + "<p>大家表达了清白做人的决心，过一个廉洁的新春佳节。（常书香 马丹阳 ）</p>"));
    }

    @Test
    void bracketsThatAreNotCredits() {
        assertNull(author(HEAD + "</head>" + BODY + PARAGRAPH + "<p>·歌坛大哥大的家：充满了个性色彩(组图)(房产)</p>"));
        assertNull(author(HEAD + "</head>" + BODY + PARAGRAPH + "<p>他的新浪微博（朝鲜文）（简体中文）</p>"));
    }

    @Test
    void aNameAloneUnderTheHeadline() {
        assertEquals("胡平", author(HEAD + "</head>" + BODY + "<p>胡平</p><p>——对文化革命的政治心理学分析</p>" + PARAGRAPH));
    }

    @Test
    void aNameAfterTheHeadlineRepeated() {
        assertEquals("胡平", author("<html><head><title>x</title></head><body><b>胡平：我的一些看法</b>"
                + "<p>作者： 来源：</p><p>我的一些看法</p><p>胡平</p>" + PARAGRAPH));
    }

    @Test
    void blogPosts() {
        assertEquals("ggjjzhzz", header("ggjjzhzz 发表于 2005-9-15 11:46:00"));
    }

    @Test
    void aBracketedNameBeforeTheSource() {
        assertEquals("黄宇", header("BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]"));
    }

    @Test
    void aNameAndItsOutlet() {
        assertEquals("石佳", header("石佳/中国青年报"));
    }

    @Test
    void theSourceIsNotTheAuthor() {
        assertNull(header("2019-09-07 13:43:45 来源: 证券市场红周刊"));
        assertNull(header("来源: 尹娟"));
    }

    @Test
    void editorsAreNotAuthors() {
        assertNull(author(HEAD + "</head>" + BODY + PARAGRAPH + "<p>责任编辑：杨倩_NF4425</p>"));
        // many CMSs put the editor in the author tag
        assertNull(author(HEAD + "<meta name='author' content='肖春芳'></head>" + BODY + PARAGRAPH
                + "<p>[责任编辑:肖春芳]</p>"));
        assertNull(author(HEAD + "<meta name='editor' content='严玉洁'><meta name='author' content='严玉洁'></head>"
                + BODY + PARAGRAPH));
        assertNull(author(HEAD + "<meta name='author' content='青网校园崔宁宁'></head>" + BODY + PARAGRAPH
                + "<span id='editor'>责任编辑：崔宁宁</span>"));
        assertNull(header("作者：责任编辑：肖春芳"));
    }

    @Test
    void photographersAreNotAuthors() {
        assertNull(author(HEAD + "</head>" + BODY + PARAGRAPH + "<p>图片来源：每经记者 张蕊 摄</p>"));
        assertNull(header("拿出10万元来做房产投资 蔡雪婧/摄"));
    }

    @Test
    void theWordReporterInASentenceIsNoCredit() {
        assertNull(author(HEAD + "</head>" + BODY + PARAGRAPH + "<p>记者了解到，涉事项目的名称为某某城。</p>"
                + "<p>一位业主告诉记者，小区至今没有整改。</p>"));
    }

    @Test
    void metaAuthorPerson() {
        assertEquals("李楠", author(HEAD + "<meta name='author' content='李楠'></head>" + BODY + PARAGRAPH));
        assertEquals("赵培", author(HEAD + "<meta name='dc.creator' content='赵  培'></head>" + BODY + PARAGRAPH));
        assertEquals("史蒂文的家_藍天 (stevenhgm)", author(HEAD
                + "<meta name='author' content='史蒂文的家_藍天 (stevenhgm)'></head>" + BODY + PARAGRAPH));
    }

    @Test
    void metaAuthorThatIsTheSite() {
        assertNull(author("<html><head><title>标题很长很长_网易财经</title><meta name='author' content='网易'>"
                + "<meta name='Copyright' content='网易版权所有'></head><body><p>来源：某某周刊</p>" + PARAGRAPH));
        assertNull(author(HEAD + "<meta property='article:author' content='参考消息'><meta name='mediaid' "
                + "content='参考消息'></head>" + BODY + PARAGRAPH));
    }

    @Test
    void metaAuthorJunk() {
        assertNull(author(HEAD + "<meta name='author' content='name, email@gmail.com'></head>" + BODY + PARAGRAPH));
        assertNull(author(HEAD + "<meta name='author' content='L_104485'><meta name='source' content='来源：某日报'>"
                + "</head>" + BODY + PARAGRAPH));
        assertNull(author(HEAD + "<meta property='article:author' content='https://www.facebook.com/x'>"
                + "<meta name='source' content='某日报'></head>" + BODY + PARAGRAPH));
        assertNull(author(HEAD + "<meta name='author' content='Discuz! Team and Comsenz UI Team'>"
                + "<meta name='source' content='某日报'></head>" + BODY + PARAGRAPH));
    }

    @Test
    void anOrganisationWhenItIsAllThePageCredits() {
        assertEquals("证券时报网", author(HEAD + "<meta name='author' content='证券时报网'></head>" + BODY + PARAGRAPH));
        assertNull(author(HEAD + "<meta name='author' content='证券时报网'></head>" + BODY + "<p>来源：证券时报网</p>"
                + PARAGRAPH));
    }

    @Test
    void theIssuerOfAGovernmentDocument() {
        assertEquals("吉林省人民政府", author(HEAD + "</head>" + BODY
                + "<table><tr><td>发文机关：</td><td>吉林省人民政府</td></tr><tr><td>发布日期：</td><td>2022年01月28日</td>"
                + "</tr></table>" + PARAGRAPH));
    }

    @Test
    void jsonLdAuthors() {
        assertEquals("陳嘉寧", author(HEAD + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"記者陳嘉寧／桃園機場報導\"}}</script></head>" + BODY
                + PARAGRAPH));
        // schema.org wants an author, so sites name their organisation: not a credit
        assertNull(author(HEAD + "<script type='application/ld+json'>{\"@type\":\"Article\",\"author\":{\"@type\":"
                + "\"Organization\",\"name\":\"维基媒体项目贡献者\"}}</script></head>" + BODY + PARAGRAPH));
    }

    @Test
    void microdataAndRelAuthor() {
        assertEquals("张三", author(HEAD + "</head>" + BODY + "<span itemprop='author'><span itemprop='name'>张三</span>"
                + "</span>" + PARAGRAPH));
        assertEquals("李四", author(HEAD + "</head>" + BODY + "<a rel='author' href='/u/1'>李四</a>" + PARAGRAPH));
    }

    @Test
    void junkAfterALabelIsNoName() {
        assertNull(header("作者： size=\"20\" 来源：发布日期： 7/5/2005 9:23:57 PM"));
        assertNull(header("老婆口述:老公越来越棒"));
        assertNull(header("(本文发表于首页批评与建议, 已被阅读178次)"));
    }

    @Test
    void creditParsingPieces() {
        assertEquals(List.of("段彦超", "廖艳"), PageMetadataCredits.reporters("澎湃新闻记者 段彦超 廖艳", false));
        assertEquals(List.of(), PageMetadataCredits.reporters("一位业主告诉记者王五", false));
        assertEquals(List.of("杨倩"), PageMetadataCredits.editors("本文来源：证券市场红周刊 责任编辑：杨倩_NF4425"));
        assertEquals(List.of("证券市场红周刊"), PageMetadataCredits.sources("2019-09-07 13:43:45 来源: 证券市场红周刊"));
        assertEquals(List.of("陳嘉寧"), PageMetadataCredits.metaAuthors("記者陳嘉寧／桃園機場報導"));
        assertEquals(List.of(), PageMetadataCredits.metaAuthors("www.yunnan.cn,云南日报报业集团,云南网"));
        assertEquals(List.of(), PageMetadataCredits.metaAuthors("中文学术期刊,汉斯出版社,Hans Publishers"));
    }
}
