package org.rhetoriclake.core.quotes;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.EntityType;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;
import org.rhetoriclake.core.model.Quote;
import org.rhetoriclake.core.model.QuoteKind;
import org.rhetoriclake.core.model.SourceRef;
import org.rhetoriclake.core.model.SpeakerType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The forms and traps of Chinese news attribution, one short article each. The sentences are written for
 * these tests (fictional people), not taken from any source. No NER: mentions are empty unless a test is
 * about them.
 */
class QuoteExtractorTest {

    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.withDefaults();

    // ---------------------------------------------------------------- helpers

    static Article article(String... bodyParagraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (String text : bodyParagraphs) {
            ParagraphKind kind = ParagraphKind.BODY;
            if (text.startsWith("##")) { // test shorthand for a subheading
                kind = ParagraphKind.SUBHEADING;
                text = text.substring(2);
            }
            ps.add(new Paragraph(ps.size(), kind, text));
        }
        return new Article("a1", SourceRef.ofFile("test"), null, "标题", null, null, Byline.EMPTY, "zh-Hans", ps,
                List.of(), "0", null, "UTF-8");
    }

    static List<Quote> extract(String... paragraphs) {
        Article a = article(paragraphs);
        List<Quote> qs = EXTRACTOR.extract(a, List.of());
        assertOffsets(a, qs);
        return qs;
    }

    /** Every quote's text is exactly its span of the paragraph, and its id is derived from that span. */
    static void assertOffsets(Article a, List<Quote> qs) {
        for (Quote q : qs) {
            String para = a.paragraphs().get(q.paragraph()).text();
            assertTrue(q.start() >= 0 && q.start() <= q.end() && q.end() <= para.length(), q.toString());
            assertEquals(para.substring(q.start(), q.end()), q.text(), "text is the span");
            assertEquals(Quote.idFor(a.articleId(), q.paragraph(), q.start(), q.end()), q.quoteId());
            assertTrue(q.confidence() > 0 && q.confidence() <= 1, "confidence in (0, 1]");
        }
    }

    static Quote only(List<Quote> qs, QuoteKind kind) {
        List<Quote> of = qs.stream().filter(q -> q.kind() == kind).toList();
        assertEquals(1, of.size(), () -> "one " + kind + " quote expected in " + qs);
        return of.get(0);
    }

    static Quote withText(List<Quote> qs, String text) {
        return qs.stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseGet(() -> fail("no quote with text " + text + " in " + qs));
    }

    // ---------------------------------------------------------------- direct

    @Nested
    class Direct {

        @Test
        void colonFormTakesTheFullestMentionFromAnEarlierIndirectQuote() {
            List<Quote> qs = extract(
                    "10月3日，英国驻日本大使韩思远形容，双方关系正在改善。",
                    "韩思远：“我们愿意继续对话，这符合两国的共同利益。”");
            Quote indirect = only(qs, QuoteKind.INDIRECT);
            assertEquals("韩思远", indirect.speaker());
            assertEquals("形容", indirect.cue());
            assertEquals("双方关系正在改善。", indirect.text());
            assertEquals(0.8, indirect.confidence());

            Quote direct = only(qs, QuoteKind.DIRECT);
            assertEquals(1, direct.paragraph());
            assertEquals("我们愿意继续对话，这符合两国的共同利益。", direct.text());
            assertEquals("韩思远", direct.speaker());
            assertEquals("英国驻日本大使韩思远", direct.speakerMention());
            assertEquals("英国驻日本大使", direct.speakerRole());
            assertEquals("GB", direct.speakerAffiliation());
            assertEquals(SpeakerType.PERSON, direct.speakerType());
            assertEquals("：", direct.cue());
            assertEquals(0.95, direct.confidence());
        }

        @Test
        void cueThenColonOrComma() {
            Quote said = only(extract("中国外交部发言人林海说：“中方的立场是一贯的。”"), QuoteKind.DIRECT);
            assertEquals("林海", said.speaker());
            assertEquals("中国外交部发言人", said.speakerRole());
            assertEquals("CN", said.speakerAffiliation());
            assertEquals("说", said.cue());
            assertEquals("中方的立场是一贯的。", said.text());

            Quote stated = only(extract("台湾学者周立文表示，“这次会谈释放了积极信号。”"), QuoteKind.DIRECT);
            assertEquals("周立文", stated.speaker());
            assertEquals("TW", stated.speakerAffiliation());
            assertEquals("表示", stated.cue());
        }

        @Test
        void cueAfterTheQuotation() {
            Quote q = only(extract("“我们不会放弃谈判。”美国国务院官员马克说。"), QuoteKind.DIRECT);
            assertEquals("马克", q.speaker());
            assertEquals("美国国务院官员马克", q.speakerMention());
            assertEquals("US", q.speakerAffiliation());
            assertEquals("我们不会放弃谈判。", q.text());

            Quote comma = only(extract("“合作才是唯一出路”，王建国说。"), QuoteKind.DIRECT);
            assertEquals("王建国", comma.speaker());
            assertEquals("合作才是唯一出路", comma.text());
        }

        @Test
        void allQuotationMarkStyles() {
            assertEquals("这是一个好的开始。", only(extract("李明说：「这是一个好的开始。」"), QuoteKind.DIRECT).text());
            assertEquals("形势依然复杂。", only(extract("陈静说：『形势依然复杂。』"), QuoteKind.DIRECT).text());
            assertEquals("形势依然复杂。", only(extract("陈静说：\"形势依然复杂。\""), QuoteKind.DIRECT).text());
            // a curly opening closed by a straight mark, as real pages have it
            assertEquals("形势依然复杂。", only(extract("陈静说：“形势依然复杂。\""), QuoteKind.DIRECT).text());
        }

        @Test
        void mixedSentenceSplitsIntoIndirectAndDirect() {
            List<Quote> qs = extract("经济学家孙平认为，出口增速放缓在预料之中，“真正的考验在明年”。");
            assertEquals("出口增速放缓在预料之中，", only(qs, QuoteKind.INDIRECT).text());
            Quote d = only(qs, QuoteKind.DIRECT);
            assertEquals("真正的考验在明年", d.text());
            assertEquals("孙平", d.speaker());
            assertEquals("认为", d.cue());
        }

        @Test
        void quotedSentenceRightAfterASpeakerIsAttributedByContext() {
            List<Quote> qs = extract(
                    "北京大学教授王磊认为，两国关系的基础依然稳固。",
                    "“只要双方保持沟通，分歧是可以管控的。”");
            Quote d = only(qs, QuoteKind.DIRECT);
            assertEquals("王磊", d.speaker());
            assertNull(d.cue());
            assertEquals(0.5, d.confidence());
        }

        @Test
        void traditionalScript() {
            Quote q = only(extract("美國國務卿布林肯說：「我們希望穩定兩國關係。」"), QuoteKind.DIRECT);
            assertEquals("布林肯", q.speaker());
            assertEquals("美國國務卿", q.speakerRole());
            assertEquals("US", q.speakerAffiliation());
            assertEquals("說", q.cue());
        }
    }

    // ---------------------------------------------------------------- indirect

    @Nested
    class Indirect {

        @Test
        void adverbsBetweenSpeakerAndCue() {
            for (String adverb : List.of("则", "也", "还", "又", "曾", "均", "亦", "并")) {
                Quote q = only(extract("日本外务大臣铃木" + "光" + adverb + "表示，日方重视这次对话。"), QuoteKind.INDIRECT);
                assertEquals("铃木光", q.speaker(), adverb);
                assertEquals("日方重视这次对话。", q.text(), adverb);
            }
        }

        @Test
        void clauseRunsToParagraphEndUnlessAnotherAttributionFollows() {
            Quote whole = only(extract("商务部官员赵强指出，两国经贸往来持续增加。去年双边贸易额再创新高。"), QuoteKind.INDIRECT);
            assertEquals("两国经贸往来持续增加。去年双边贸易额再创新高。", whole.text());

            List<Quote> two = extract("分析人士张华认为，谈判已经取得进展。会议结束后，发言人李伟表示，下一轮会谈将在北京举行。");
            assertEquals("张华", withText(two, "谈判已经取得进展。").speaker());
            assertEquals("李伟", withText(two, "下一轮会谈将在北京举行。").speaker());
        }

        @Test
        void closingClauseAboutTheSpeakerIsNotReported() {
            Quote q = only(extract("日本东京大学教授田中一郎认为，虽然局势有所缓和，但风险仍然存在，他对前景持谨慎态度。"),
                    QuoteKind.INDIRECT);
            assertEquals("虽然局势有所缓和，但风险仍然存在，", q.text());
            assertEquals("田中一郎", q.speaker());
            assertEquals("JP", q.speakerAffiliation());
        }

        @Test
        void relayedThroughMedia() {
            Quote q = only(extract("韩国媒体引述美国官员表示，双方将于下月举行会谈。"), QuoteKind.INDIRECT);
            assertEquals("美国官员", q.speaker());
            assertEquals("韩国媒体", q.reportedVia());
            assertEquals(SpeakerType.ANONYMOUS, q.speakerType());
            assertEquals("US", q.speakerAffiliation());

            Quote words = only(extract("美国新闻网站Politico引述知情人士的话说，白宫正在准备一份新的声明。"), QuoteKind.INDIRECT);
            assertEquals("知情人士", words.speaker());
            assertEquals("美国新闻网站Politico", words.reportedVia());
            assertNull(words.speakerAffiliation());
            assertEquals("白宫正在准备一份新的声明。", words.text());
        }

        @Test
        void cueInsideAnotherSpeakersClauseIsNested() {
            List<Quote> qs = extract("路透社引述消息人士的话说，中国商务部部长钱宏上周会见美方代表时，曾向对方表示，"
                    + "中方愿意扩大进口。双方还讨论了其他议题。");
            Quote outer = withText(qs, "中国商务部部长钱宏上周会见美方代表时，曾向对方表示，中方愿意扩大进口。双方还讨论了其他议题。");
            assertEquals("消息人士", outer.speaker());
            assertEquals("路透社", outer.reportedVia());
            Quote inner = withText(qs, "中方愿意扩大进口。");
            assertEquals("钱宏", inner.speaker());
            assertEquals("中国商务部部长钱宏", inner.speakerMention());
            assertEquals("消息人士", inner.nestedIn());
            assertEquals("CN", inner.speakerAffiliation());
        }

        @Test
        void sourceTypes() {
            Quote org = only(extract("中国外交部表示，中方将继续推动和平谈判。"), QuoteKind.INDIRECT);
            assertEquals(SpeakerType.ORGANISATION, org.speakerType());
            assertEquals("CN", org.speakerAffiliation());

            Quote media = only(extract("美国媒体称，两国领导人可能在月底通电话。"), QuoteKind.INDIRECT);
            assertEquals(SpeakerType.MEDIA, media.speakerType());
            assertEquals("US", media.speakerAffiliation());

            Quote paper = only(extract("《华盛顿邮报》报道说，谈判陷入僵局。"), QuoteKind.INDIRECT);
            assertEquals("华盛顿邮报", paper.speaker());
            assertEquals(SpeakerType.MEDIA, paper.speakerType());

            Quote anon = only(extract("知情人士透露，协议文本已经基本完成。"), QuoteKind.INDIRECT);
            assertEquals(SpeakerType.ANONYMOUS, anon.speakerType());
            assertEquals(0.6, anon.confidence());
        }

        @Test
        void accordingToAndInTheViewOf() {
            Quote ju = only(extract("据新华社报道，两国领导人将举行视频会晤。"), QuoteKind.INDIRECT);
            assertEquals("新华社", ju.speaker());
            assertEquals("CN", ju.speakerAffiliation());
            assertEquals("两国领导人将举行视频会晤。", ju.text());

            Quote view = only(extract("在北京大学教授王磊看来，两国关系的基础依然稳固。"), QuoteKind.INDIRECT);
            assertEquals("王磊", view.speaker());
            assertEquals("北京大学教授", view.speakerRole());
            assertEquals("在…看来", view.cue());
        }

        @Test
        void bareCueWithANamedSpeaker() {
            List<Quote> qs = extract("分析师吴迪说，市场反应平淡。吴迪还说今年下半年可能出现转机。");
            assertEquals("今年下半年可能出现转机。", withText(qs, "今年下半年可能出现转机。").text());
            assertEquals("吴迪", withText(qs, "今年下半年可能出现转机。").speaker());
        }

        @Test
        void pronounTakesTheSpeakerBefore() {
            List<Quote> qs = extract("欧盟委员会副主席彭安娜表示，欧方希望稳定对华关系。", "她还强调，对话渠道应当保持畅通。");
            Quote q = withText(qs, "对话渠道应当保持畅通。");
            assertEquals("彭安娜", q.speaker());
            assertEquals("欧盟委员会副主席彭安娜", q.speakerMention());
            assertEquals("EU", q.speakerAffiliation());
        }

        @Test
        void namedEntityMentionsDelimitTheName() {
            Article a = article("前财长萨默斯表示，通胀压力仍然很大。");
            String text = a.paragraphs().get(0).text();
            int s = text.indexOf("萨默斯");
            EntityMention m = new EntityMention("a1", EntityMention.idFor("a1", 0, s, s + 3), 0, s, s + 3, "萨默斯",
                    EntityType.PERSON, "PERSON", "test");
            Quote q = only(EXTRACTOR.extract(a, List.of(m)), QuoteKind.INDIRECT);
            assertEquals("萨默斯", q.speaker());
            assertEquals("前财长", q.speakerRole());
            assertEquals(SpeakerType.PERSON, q.speakerType());
        }

        @Test
        void anOrganisationMentionModifyingTheSpeakerIsNotTheSpeaker() {
            Article a = article("能源局的一份研究报告指出，明年的电力供应将保持平稳。");
            String text = a.paragraphs().get(0).text();
            EntityMention m = new EntityMention("a1", EntityMention.idFor("a1", 0, 0, 3), 0, 0, 3, "能源局",
                    EntityType.ORGANIZATION, "ORGANIZATION", "test");
            Quote q = only(EXTRACTOR.extract(a, List.of(m)), QuoteKind.INDIRECT);
            Quote without = only(EXTRACTOR.extract(a, List.of()), QuoteKind.INDIRECT);
            assertEquals(without.speaker(), q.speaker(), "the mention changes nothing: " + text);
            assertEquals("能源局的一份研究报告", q.speakerMention());
        }

        @Test
        void quotedTermInsideIndirectQuoteBelongsToIt() {
            List<Quote> qs = extract("王磊认为，这种“冷和平”状态还会持续很久。");
            assertEquals("这种“冷和平”状态还会持续很久。", only(qs, QuoteKind.INDIRECT).text());
            assertTrue(qs.stream().noneMatch(q -> q.kind() == QuoteKind.DIRECT), "no direct quote of the term");
        }
    }

    // ---------------------------------------------------------------- not quotes

    @Nested
    class NotQuotes {

        @Test
        void scareQuotesInProse() {
            assertEquals(List.of(), extract("外界关注所谓的“新冷战”是否会出现。"));
            assertEquals(List.of(), extract("两国为\"拜习会\"营造气氛，被视为\"试水温\"。"));
        }

        @Test
        void subheadingsAndBylines() {
            assertEquals(List.of(), extract("##外媒：美方准备恢复对话", "记者：张三　编辑：李四"));
            assertEquals(List.of(), extract("##专家：“合作是唯一选择”"));
        }

        @Test
        void colonWithoutQuotationMarks() {
            assertEquals(List.of(), extract("他的观点很明确：必须尽快停火。"));
            assertEquals(List.of(), extract("道理很简单：“谁先让步，谁就吃亏”。"));
        }

        @Test
        void cueInsideLongerWords() {
            assertEquals(List.of(), extract("这一机制被称为“双轨制”。"));
            assertEquals(List.of(), extract("人们称之为“和平红利”。"));
            assertEquals(List.of(), extract("这座城市号称“东方巴黎”。"));
            assertEquals(List.of(), extract("用户应仔细阅读说明书，然后再操作。"));
            assertEquals(List.of(), extract("该协议被认为是一项重要成果，各方都很满意。"));
            assertEquals(List.of(), extract("正如大家所说，这是一次历史性的会面。"));
            assertEquals(List.of(), extract("这个说法并不准确，据说会议已经推迟。"));
        }

        @Test
        void noSpeaker() {
            assertEquals(List.of(), extract("表示，会议将如期举行。"));
            assertEquals(List.of(), extract("这表明，双方的分歧依然很大。"));
            String longSpeaker = "来自亚洲欧洲非洲美洲大洋洲四十多个国家和地区的两百多名政府官员企业代表专家学者以及民间团体成员";
            assertTrue(longSpeaker.length() > 40);
            assertEquals(List.of(), extract(longSpeaker + "表示，会议取得圆满成功。"));
        }

        @Test
        void captionsAreNotParagraphs() {
            Article a = new Article("a1", SourceRef.ofFile("test"), null, "标题", null, null, Byline.EMPTY, "zh-Hans",
                    List.of(), List.of("王磊表示，北京不希望与邻国发生冲突。"), "0", null, "UTF-8");
            assertEquals(List.of(), EXTRACTOR.extract(a, List.of()));
        }

        @Test
        void documentSourcing() {
            assertEquals(List.of(), extract("根据海关数据显示，出口增长了百分之五。"));
        }
    }

    // ---------------------------------------------------------------- robustness

    @Nested
    class Robustness {

        @Test
        void neverThrows() {
            assertEquals(List.of(), EXTRACTOR.extract(null, null));
            assertEquals(List.of(), EXTRACTOR.extract(article(), null));
            assertEquals(List.of(), extract("", " ", "“", "”", "：“", "说", "，说，", "“”", "《说：》", "他说：“"));
            // a mention whose offsets do not fit the paragraph is ignored, not trusted
            Article a = article("王磊表示，会谈富有成果。");
            EntityMention bad = new EntityMention("a1", "x", 0, 50, 60, "王磊", EntityType.PERSON, null, "test");
            assertEquals(1, EXTRACTOR.extract(a, List.of(bad)).size());
        }

        @Test
        void randomTextKeepsTheOffsetInvariants() {
            String alphabet = "他她说称表示认为：，。“”「」\"《》（）美国中国官员大使王磊知情人士引述据报道看来在则也了的 abc1";
            Random r = new Random(42);
            for (int round = 0; round < 300; round++) {
                String[] ps = new String[1 + r.nextInt(4)];
                for (int i = 0; i < ps.length; i++) {
                    StringBuilder sb = new StringBuilder();
                    int len = r.nextInt(120);
                    for (int k = 0; k < len; k++) {
                        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                    }
                    ps[i] = sb.toString();
                }
                extract(ps); // asserts offsets, ids and confidences
            }
        }

        @Test
        void longParagraphIsQuick() {
            String sentence = "王磊表示，双方同意继续沟通，并就“下一步”安排交换了意见。";
            String para = sentence.repeat(2000);
            long t0 = System.nanoTime();
            List<Quote> qs = extract(para);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertEquals(2000, qs.size());
            assertTrue(ms < 5000, "took " + ms + " ms");
        }

        @Test
        void paragraphWithoutPunctuationIsQuick() {
            String para = "他说她称王磊表示“好”美国官员认为".repeat(5000); // 85,000 characters, no sentence end
            long t0 = System.nanoTime();
            extract(para, para);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(ms < 5000, "took " + ms + " ms");
        }

        @Test
        void oneInstanceIsSafeToShareBetweenThreads() throws Exception {
            Article a = article(
                    "10月3日，英国驻日本大使韩思远形容，双方关系正在改善。",
                    "韩思远：“我们愿意继续对话，这符合两国的共同利益。”",
                    "韩国媒体引述美国官员表示，双方将于下月举行会谈。",
                    "“我们不会放弃谈判。”美国国务院官员马克说。");
            List<Quote> expected = EXTRACTOR.extract(a, List.of());
            assertEquals(4, expected.size());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<Quote>>> results = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    results.add(pool.submit(() -> EXTRACTOR.extract(a, List.of())));
                }
                for (Future<List<Quote>> f : results) {
                    assertEquals(expected, f.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Regression: the colon form with a transliterated surname links to the full name introduced with a role. */
    @Test
    void colonFormWithSurnameOfATransliteratedNameGetsTheFullMention() {
        Article a = article("英国剑桥大学历史系教授安娜·伯克利指出，双方的互信仍然很低。",
                "伯克利：“对话本身就是进展，但不能指望一次会谈解决所有问题。”");
        // NER tags the short surname as a PERSON of its own, as CoreNLP does: it must not hide the full name.
        EntityMention surname = new EntityMention("a1", EntityMention.idFor("a1", 1, 0, 3), 1, 0, 3, "伯克利",
                EntityType.PERSON, null, "test");
        List<Quote> qs = EXTRACTOR.extract(a, List.of(surname));
        assertOffsets(a, qs);
        Quote q = withText(qs, "对话本身就是进展，但不能指望一次会谈解决所有问题。");
        assertEquals("伯克利", q.speaker());
        assertEquals("英国剑桥大学历史系教授安娜·伯克利", q.speakerMention());
        assertEquals("英国剑桥大学历史系教授", q.speakerRole());
    }
}
