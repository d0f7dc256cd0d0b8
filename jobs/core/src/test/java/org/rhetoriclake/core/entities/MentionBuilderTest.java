package org.rhetoriclake.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.entities.EntityTagger.TaggedSpan;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.EntityType;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;
import org.rhetoriclake.core.model.SourceRef;

class MentionBuilderTest {

    /**
     * A tagger that knows its paragraphs in advance, written the way CoreNLP's output reads:
     * {@code 美国/COUNTRY 总统/TITLE 拜登/PERSON 和/O}. Words are joined without spaces to make the paragraph
     * text; every word becomes one span with its label (O and PROPER_NOUN included, as the CoreNLP adapter
     * reports them). A text it was not given is returned untagged.
     */
    static final class FakeTagger implements EntityTagger {
        private final Map<String, List<TaggedSpan>> byText = new HashMap<>();

        /** Registers a paragraph and returns its text. */
        String add(String segmented) {
            StringBuilder text = new StringBuilder();
            List<TaggedSpan> spans = new ArrayList<>();
            for (String word : segmented.trim().split(" +")) {
                int slash = word.lastIndexOf('/');
                String surface = word.substring(0, slash);
                spans.add(new TaggedSpan(text.length(), text.length() + surface.length(), surface, word.substring(slash + 1)));
                text.append(surface);
            }
            byText.put(text.toString(), spans);
            return text.toString();
        }

        /** Registers a paragraph with spans given by hand (to test odd taggers). */
        void put(String text, List<TaggedSpan> spans) {
            byText.put(text, spans);
        }

        @Override
        public List<TaggedSpan> tag(String text) {
            return byText.getOrDefault(text, List.of());
        }
    }

    private final FakeTagger tagger = new FakeTagger();
    private final MentionBuilder builder = new MentionBuilder(tagger);

    private static Article article(Byline byline, String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(new Paragraph(i, ParagraphKind.BODY, paragraphs[i]));
        }
        return article(byline, ps);
    }

    private static Article article(Byline byline, List<Paragraph> ps) {
        return new Article("a1", SourceRef.ofFile("/in/a1.txt"), null, "标题", null, null, byline, "zh-Hans", ps,
                List.of(), "hash", null, "UTF-8");
    }

    /** Mentions as {@code text/TYPE/decidedBy}, in order. */
    private static List<String> brief(List<EntityMention> ms) {
        return ms.stream().map(m -> m.text() + "/" + m.type() + "/" + m.decidedBy()).collect(Collectors.toList());
    }

    private List<String> mentions(String... segmentedParagraphs) {
        String[] texts = new String[segmentedParagraphs.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = tagger.add(segmentedParagraphs[i]);
        }
        return brief(builder.build(article(Byline.EMPTY, texts)));
    }

    // ---- the tagger's own mentions

    @Test
    void labelsAreMappedAndTheTaggersLabelIsKeptAsFineType() {
        String p0 = tagger.add("美国/COUNTRY 驻/O 中国/COUNTRY 大使/TITLE 伯恩斯/PERSON 在/O 香港/STATE_OR_PROVINCE "
                + "和/O 旧金山/CITY 见/O 共同社/ORGANIZATION 、/O 美国人/DEMONYM 、/O 南亚/GPE 和/O 台海/LOCATION 、/O "
                + "医院/FACILITY 、/O 日经/MISC 报道/O 11月9日/DATE 两/NUMBER 第一/ORDINAL 8元/MONEY 5%/PERCENT 现在/TIME");
        List<EntityMention> ms = builder.build(article(Byline.EMPTY, p0));
        assertEquals(List.of("美国/GPE/corenlp", "中国/GPE/corenlp", "伯恩斯/PERSON/corenlp", "香港/GPE/corenlp",
                "旧金山/GPE/corenlp", "共同社/ORGANIZATION/corenlp", "美国/GPE/demonym", "南亚/GPE/corenlp",
                "台海/LOCATION/corenlp", "医院/LOCATION/corenlp", "日经/MISC/corenlp"), brief(ms));
        assertEquals(List.of("COUNTRY", "COUNTRY", "PERSON", "STATE_OR_PROVINCE", "CITY", "ORGANIZATION", "DEMONYM",
                "GPE", "LOCATION", "FACILITY", "MISC"), ms.stream().map(EntityMention::fineType).toList());
        EntityMention burns = ms.get(2);
        assertEquals(p0.indexOf("伯恩斯"), burns.start());
        assertEquals(burns.start() + 3, burns.end());
        assertEquals("a1:p0:" + burns.start() + "-" + burns.end(), burns.mentionId());
        assertEquals(EntityMention.idFor("a1", 0, burns.start(), burns.end()), burns.mentionId());
        assertEquals("a1", burns.articleId());
    }

    @Test
    void bodyAndSubheadingsAreTaggedWithTheirOwnIndex() {
        String body = tagger.add("王毅/PERSON 访问/O 华盛顿/STATE_OR_PROVINCE");
        String sub = tagger.add("美媒/O ：/O 王毅/PERSON 预告/O");
        Article a = article(Byline.EMPTY, List.of(new Paragraph(3, ParagraphKind.BODY, body),
                new Paragraph(7, ParagraphKind.SUBHEADING, sub)));
        List<EntityMention> ms = builder.build(a);
        // 美媒 (US media) is a mention of the US: the one-character country inside the compound.
        assertEquals(List.of(3, 3, 7, 7), ms.stream().map(EntityMention::paragraph).toList());
        assertTrue(ms.get(3).mentionId().startsWith("a1:p7:"));
    }

    @Test
    void theTaggerIsCalledOncePerParagraphWithTheParagraphText() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        MentionBuilder b = new MentionBuilder(text -> {
            seen.add(text);
            return List.of();
        });
        b.build(article(Byline.EMPTY, "第一段。", "第二段。", " "));
        assertEquals(List.of("第一段。", "第二段。"), seen, "blank paragraphs are not sent");
    }

    @Test
    void theTaggerNameIsRecorded() {
        String p = tagger.add("习近平/PERSON");
        assertEquals("other-ner", new MentionBuilder(tagger, "other-ner").build(article(Byline.EMPTY, p)).get(0).decidedBy());
    }

    @Test
    void aMiscSpanTouchingANumberIsTheRestOfTheNumberNotAName() {
        assertEquals(List.of("日经/MISC/corenlp", "亚太经合组织领导人非正式会议/MISC/corenlp"),
                mentions("半/NUMBER 年前/MISC ，/O 两/NUMBER 天/MISC 、/O 94/NUMBER 岁/MISC 、/O 下/MISC 周三/DATE "
                        + "《/O 日经/MISC 》/O 亚太经合组织领导人非正式会议/MISC"));
    }

    // ---- role title + name

    @Test
    void aNameShapedProperNounRightAfterARoleTitleIsAPerson() {
        assertEquals(List.of("纽约城市大学/ORGANIZATION/corenlp", "夏明/PERSON/role-title"),
                mentions("纽约城市大学/ORGANIZATION 政治学/O 教授/TITLE 夏明/PROPER_NOUN 认为/O ，/O"));
        assertEquals(List.of("欧阳明月/PERSON/role-title"), mentions("记者/TITLE 欧阳明月/PROPER_NOUN 报道/O"));
        assertEquals(List.of("约翰·米勒/PERSON/role-title"), mentions("执行/TITLE 主席/TITLE 约翰·米勒/PROPER_NOUN 说/O"));
    }

    @Test
    void aRareNameCutAfterItsSurnameIsJoined() {
        assertEquals(List.of("卢宇/PERSON/role-title"),
                mentions("代表/TITLE 卢/PROPER_NOUN 宇/PROPER_NOUN 有/O 着/O 自己/O 的/O 看法/O"));
        assertEquals(List.of(), mentions("专家/TITLE 和/PROPER_NOUN 他/O"), "both parts must be proper nouns");
    }

    @Test
    void aNameShapedCommonWordAfterATitleIsNoName() {
        // Real cases from the People's Daily test split: 信, 强, 国, 曾 are surnames, these words are not names.
        assertEquals(List.of(), mentions("公布/O 县长/TITLE 信访/O 的/O 时间/O"));
        assertEquals(List.of(), mentions("总理/TITLE 强调/O ，/O"));
        assertEquals(List.of(), mentions("主管/O 国家/O 经济/O 的/O 副总理/TITLE"));
        assertEquals(List.of(), mentions("记者/TITLE 曾/O 采访/O"));
        assertEquals(List.of(), mentions("电力/O 专家/TITLE 言茂松/O 认为/O"),
                "a name the POS tagger reads as a common noun is missed: the price of precision");
    }

    @Test
    void aProperNounAfterATitleThatIsNotNameShapedIsLeftAlone() {
        assertEquals(List.of(), mentions("作家/TITLE 楚材晋用/PROPER_NOUN"), "four characters, single surname");
        assertEquals(List.of(), mentions("国防/O 大臣/TITLE 叙/PROPER_NOUN 说/O"), "one character is no name");
        assertEquals(List.of(), mentions("教授/TITLE 夏明明明/PROPER_NOUN"));
        assertEquals(List.of(), mentions("教授/TITLE Axios/PROPER_NOUN"));
        assertEquals(List.of(), mentions("教授/TITLE ，/O 夏明/PROPER_NOUN"), "not directly after the title");
    }

    @Test
    void aTaggedNameAfterATitleStaysTheTaggers() {
        assertEquals(List.of("美国/GPE/corenlp", "布林肯/PERSON/corenlp"), mentions("美国/COUNTRY 国务卿/TITLE 布林肯/PERSON"));
    }

    @Test
    void withoutWordBoundariesTheRoleTitleRuleDoesNotGuess() {
        String text = "政治学教授夏明认为";
        tagger.put(text, List.of(new TaggedSpan(3, 5, "教授", "TITLE")));
        assertEquals(List.of(), brief(builder.build(article(Byline.EMPTY, text))));
    }

    // ---- speaker colon

    @Test
    void aNameBeforeASpeakerColonAndAQuotationIsAPerson() {
        assertEquals(List.of("沈明室/PERSON/speaker-colon", "中共/ORGANIZATION/corenlp"),
                mentions("沈明室/O ：/O “/O 对/O 中共/ORGANIZATION 来/O 讲/O ”/O"),
                "a common-noun reading of the name does not matter here");
        String plain = "沈明室: \"低层次的军事交流\"";
        assertEquals(List.of("沈明室/PERSON/speaker-colon"), brief(builder.build(article(Byline.EMPTY, plain))),
                "works from the text alone, ASCII colon and quote too");
    }

    @Test
    void aColonWithoutAQuotationOrBeforeANonNameIsNoSpeaker() {
        assertEquals(List.of("美/GPE/abbreviation", "王毅/PERSON/corenlp"), mentions("美媒/O ：/O 王毅/PERSON 预告/O 准备/O"));
        assertEquals(List.of(), brief(builder.build(article(Byline.EMPTY, "记者：高锋"))));
        assertEquals(List.of("美国/GPE/corenlp"), mentions("美国/COUNTRY 官员/O ：/O “/O 会谈/O ”/O"));
        assertEquals(List.of(), brief(builder.build(article(Byline.EMPTY, "发言人：“我们反对。”"))));
        assertEquals(List.of(), mentions("古人/O 云/O ：/O 『/O 美玉/O 微瑕/O 』/O"), "two words are no name");
    }

    // ---- byline names

    @Test
    void bylineNamesArePersonsWhereverTheyStandUntagged() {
        Byline byline = new Byline(List.of("高锋"), List.of("许书婷", "梒青"), List.of("瑞哲"));
        String p0 = tagger.add("本台/O 记者/TITLE 高锋/O 报道/O");
        String p3 = tagger.add("本台/O 记者/TITLE 许书婷/PROPER_NOUN 报道/O");
        String p1 = tagger.add("梒青/GPE 编辑/O");
        String p2 = tagger.add("许书婷基金会/ORGANIZATION 成立/O");
        List<EntityMention> ms = builder.build(article(byline, p0, p1, p2, p3));
        assertEquals(List.of("高锋/PERSON/byline", "梒青/PERSON/byline", "许书婷基金会/ORGANIZATION/corenlp",
                        "许书婷/PERSON/role-title"), brief(ms),
                "an untagged name is added; a wrong exact type is corrected; a longer mention is left alone; "
                        + "a name an earlier rule found stays that rule's");
        assertNull(ms.get(1).fineType());

        String untagged = "责编许书婷审读";
        assertEquals(List.of("许书婷/PERSON/byline"), brief(builder.build(article(byline, untagged))),
                "found in untagged text");
    }

    @Test
    void oneCharacterBylineNamesAreNotSearched() {
        Byline byline = new Byline(List.of("甲"), List.of(), List.of());
        assertEquals(List.of(), brief(builder.build(article(byline, "甲乙丙丁"))));
    }

    // ---- one name, one referent

    @Test
    void aPersonNameIsAPersonWhereverItStandsAsAWholeWord() {
        assertEquals(List.of("沈明室/PERSON/corenlp", "美国/GPE/corenlp",
                        "沈明室/PERSON/same-name", "中共/ORGANIZATION/corenlp",
                        "美国/GPE/corenlp",
                        "沈明室/PERSON/corenlp"),
                mentions("所长/TITLE 沈明室/PERSON 相信/O ，/O 美国/COUNTRY 希望/O",
                        "沈明室/O 估计/O ，/O 对/O 中共/ORGANIZATION 来/O 讲/O",
                        "那/O 美国/COUNTRY （/O 拜登/O 政府/O ）/O",
                        "沈明室/PERSON 认为/O"),
                "拜登 is tagged nowhere in this article, so nothing makes it a person");
    }

    @Test
    void sameNameFindsNamesTaggedInOtherParagraphs() {
        assertEquals(List.of("拜登/PERSON/corenlp", "拜登/PERSON/same-name", "夏明/PERSON/same-name", "夏明/PERSON/corenlp",
                        "拜登/PERSON/corenlp", "夏明/PERSON/corenlp"),
                mentions("总统/TITLE 拜登/PERSON",
                        "（/O 拜登/O 政府/O ）/O 教授/O 夏明/O 认为/O",
                        "夏明/PERSON ：/O “/O 两国/O ”/O",
                        "拜登/PERSON 和/O 夏明/PERSON"));
    }

    @Test
    void oneStrayPersonTagDoesNotSpread() {
        assertEquals(List.of("公牛/PERSON/corenlp"), mentions("公牛/PERSON 队/O 获胜/O", "爵士/O 和/O 公牛/O 的/O 比赛/O"));
    }

    @Test
    void aNameFoundOnceByAContextRuleSpreads() {
        assertEquals(List.of("夏明/PERSON/role-title", "夏明/PERSON/same-name"),
                mentions("教授/TITLE 夏明/PROPER_NOUN 认为/O", "夏明/O 又/O 说/O"));
    }

    @Test
    void sameNameNeedsWordBoundaries() {
        assertEquals(List.of("毛毛/PERSON/corenlp", "毛毛/PERSON/corenlp"),
                mentions("毛毛/PERSON 说/O ，/O 毛毛/PERSON 笑/O", "下/O 毛毛雨/O 了/O"), "not inside a longer word");
        assertEquals(List.of("王毅/PERSON/corenlp", "王毅/PERSON/corenlp", "王毅基金会/ORGANIZATION/corenlp"),
                mentions("王毅/PERSON 说/O ，/O 王毅/PERSON 笑/O", "王毅基金会/ORGANIZATION 成立/O"),
                "not inside another mention");
        assertEquals(List.of("王毅/PERSON/corenlp", "王毅/PERSON/corenlp"),
                mentions("王毅/PERSON 说/O ，/O 王毅/PERSON 笑/O", "外长王毅/TITLE"), "not inside a tagged non-entity span either");
    }

    @Test
    void sameNameWorksWithATaggerThatReportsOnlyEntities() {
        String p0 = "外长王毅说。";
        tagger.put(p0, List.of(new TaggedSpan(2, 4, "王毅", "PERSON")));
        String p1 = "王毅：“准备好了。”王毅说的是";
        String p2 = "王毅，外长。";
        List<EntityMention> ms = builder.build(article(Byline.EMPTY, p0, p1, p2));
        assertEquals(List.of("王毅/PERSON/corenlp", "王毅/PERSON/speaker-colon", "王毅/PERSON/same-name"), brief(ms),
                "at punctuation the boundary is known; inside untagged text (王毅说) it is not, so that one is skipped");
    }

    @Test
    void oneCharacterPersonsAreNotSpread() {
        assertEquals(List.of("习/PERSON/corenlp"), mentions("习/PERSON 说/O", "习/O 又/O 说/O"));
    }

    // ---- overlaps, odd taggers, limits

    @Test
    void overlappingAndDuplicateSpansKeepTheLongest() {
        String text = "台湾的国防安全研究院国家安全研究所所长";
        tagger.put(text, List.of(
                new TaggedSpan(3, 10, "国防安全研究院", "ORGANIZATION"),
                new TaggedSpan(3, 17, "国防安全研究院国家安全研究所", "ORGANIZATION"),
                new TaggedSpan(0, 2, "台湾", "STATE_OR_PROVINCE"),
                new TaggedSpan(0, 2, "台湾", "GPE"),
                new TaggedSpan(10, 14, "国家安全", "MISC")));
        List<EntityMention> ms = builder.build(article(Byline.EMPTY, text));
        assertEquals(List.of("台湾/GPE/corenlp", "国防安全研究院国家安全研究所/ORGANIZATION/corenlp"), brief(ms));
        assertEquals("STATE_OR_PROVINCE", ms.get(0).fineType(), "of equal spans the first reported wins");
    }

    @Test
    void spansWhoseOffsetsDoNotFitTheTextAreDropped() {
        String text = "拜登和习近平";
        List<TaggedSpan> spans = new ArrayList<>();
        spans.add(new TaggedSpan(3, 6, "习近平", "PERSON"));
        spans.add(new TaggedSpan(0, 2, "拜登", "PERSON"));
        spans.add(new TaggedSpan(4, 9, "近平xxx", "PERSON"));
        spans.add(new TaggedSpan(-1, 2, "拜登", "PERSON"));
        spans.add(new TaggedSpan(1, 3, "拜登", "PERSON"));
        spans.add(null);
        tagger.put(text, spans);
        assertEquals(List.of("拜登/PERSON/corenlp", "习近平/PERSON/corenlp"), brief(builder.build(article(Byline.EMPTY, text))));
    }

    @Test
    void aRefusedParagraphEndsTheArticleAndSaysWhichParagraph() {
        MentionBuilder b = new MentionBuilder(text -> {
            if (text.length() > 5) {
                throw new TextTooLongException(text.length(), 5);
            }
            return List.of();
        });
        TextTooLongException e = assertThrows(TextTooLongException.class,
                () -> b.build(article(Byline.EMPTY, "短", "这一段太长了啊")));
        assertEquals(1, e.paragraph());
        assertEquals(7, e.length());
        assertEquals(5, e.maxLength());
        assertTrue(e.getMessage().contains("paragraph 1"), e.getMessage());
        assertEquals("entities.paragraph_too_long", TextTooLongException.REASON);
    }

    @Test
    void namesWithSurrogatePairsKeepJavaStringOffsets() {
        String p0 = tagger.add("𠮷野/PERSON 说/O ，/O 𠮷野/PERSON 笑/O");
        String p1 = tagger.add("昨天/O ，/O 𠮷野/O 说/O");
        List<EntityMention> ms = builder.build(article(Byline.EMPTY, p0, p1));
        assertEquals(List.of("𠮷野/PERSON/corenlp", "𠮷野/PERSON/corenlp", "𠮷野/PERSON/same-name"), brief(ms));
        assertEquals(p1.indexOf("𠮷野"), ms.get(2).start());
        assertEquals(ms.get(2).start() + 3, ms.get(2).end());
    }

    @Test
    void countriesInsideCompoundsAreEachAMentionAndOverruleTheTaggersWord() {
        assertEquals(List.of("中/GPE/abbreviation", "美/GPE/abbreviation"), mentions("中美/GPE 关系/O 回暖/O"));
        assertEquals(List.of("中/GPE/abbreviation", "美/GPE/abbreviation"), mentions("中美/O 关系/O 回暖/O"));
        assertEquals(List.of("美/GPE/abbreviation"), mentions("美方/GPE 表示/O"), "the side is its country, as in 美中");
        assertEquals(List.of("美方代表团/ORGANIZATION/corenlp"), mentions("美方代表团/ORGANIZATION 抵达/O"));
        assertEquals(List.of("美/GPE/abbreviation"), mentions("美方/O 表示/O"));
        assertEquals(List.of("中美洲/LOCATION/corenlp"), mentions("中美洲/LOCATION 国家/O"));
    }
}
