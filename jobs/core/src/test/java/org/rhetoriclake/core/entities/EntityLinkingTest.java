package org.rhetoriclake.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.entities.MentionBuilderTest.FakeTagger;
import org.rhetoriclake.core.entities.gazetteer.Gazetteer;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.EntityType;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;
import org.rhetoriclake.core.model.SourceRef;
import org.rhetoriclake.core.quotes.Lexicons;
import org.rhetoriclake.core.quotes.RolePhrases;

/** The gazetteer rule of {@link MentionBuilder} and {@link EntityLinker}, with the shipped gazetteer and lexicons. */
class EntityLinkingTest {
    private static final Gazetteer GAZETTEER = Gazetteer.defaults();
    private static final EntityLinker LINKER = new EntityLinker(GAZETTEER, new RolePhrases(Lexicons.defaults()));

    private final FakeTagger tagger = new FakeTagger();
    private final MentionBuilder builder = new MentionBuilder(tagger, MentionBuilder.BY_TAGGER, GAZETTEER, LINKER);

    private static Article article(Instant published, String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(new Paragraph(i, ParagraphKind.BODY, paragraphs[i]));
        }
        return new Article("a1", SourceRef.ofFile("/in/a1.txt"), null, "标题", published, null, Byline.EMPTY,
                "zh-Hans", ps, List.of(), "hash", null, "UTF-8");
    }

    private List<EntityMention> build(String... segmented) {
        return build(null, segmented);
    }

    private List<EntityMention> build(Instant published, String... segmented) {
        String[] texts = new String[segmented.length];
        for (int i = 0; i < segmented.length; i++) {
            texts[i] = tagger.add(segmented[i]);
        }
        return builder.build(article(published, texts));
    }

    /** Mentions as {@code text/TYPE/entity_id}. */
    private static List<String> brief(List<EntityMention> ms) {
        return ms.stream().map(m -> m.text() + "/" + m.type() + "/" + m.entityId()).collect(Collectors.toList());
    }

    private static EntityMention only(List<EntityMention> ms, String text) {
        List<EntityMention> found = ms.stream().filter(m -> m.text().equals(text)).toList();
        assertEquals(1, found.size(), () -> text + " in " + brief(ms));
        return found.get(0);
    }

    @Test
    void titledPersonIsLinkedAndCarriesTheRoleWrittenBeforeIt() {
        List<EntityMention> ms = build("美国/COUNTRY 总统/TITLE 拜登/PERSON 表示/O");
        assertEquals(List.of("美国/GPE/Q30", "拜登/PERSON/Q6279"), brief(ms));
        EntityMention biden = only(ms, "拜登");
        assertEquals("美国总统", biden.role());
        assertEquals("US", biden.affiliation());
        assertEquals(EntityLinker.BY_GAZETTEER, biden.linkedBy());
        assertEquals("美国", only(ms, "美国").canonicalName());
    }

    @Test
    void aPersonSpanHoldingTitleAndKnownNameIsSplitIntoRoleAndPerson() {
        List<EntityMention> ms = build("国务卿布林肯/PERSON 访问/O 北京/CITY");
        EntityMention blinken = only(ms, "布林肯");
        assertEquals("rl:person/antony-blinken", blinken.entityId());
        assertEquals("国务卿", blinken.role());
        assertEquals(MentionBuilder.BY_GAZETTEER, blinken.decidedBy());
    }

    @Test
    void gazetteerNameWinsOverAMiscSpanAndAnOrganisationCutBeforeItsHead() {
        List<EntityMention> ms = build("亚太经合组织领导人非正式会议/MISC 下周/DATE 举行/O",
                "国防安全研究院国家安全/ORGANIZATION 研究所/O 所长/TITLE 说/O");
        assertEquals("rl:org/apec", only(ms, "亚太经合组织").entityId());
        assertEquals("rl:org/indsr", only(ms, "国防安全研究院").entityId());
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.MISC), () -> brief(ms).toString());
    }

    @Test
    void aWellFormedLongerNameKeepsTheGazetteerNameInsideIt() {
        List<EntityMention> ms = build("中国农业银行/ORGANIZATION 宣布/O 降息/O");
        assertEquals(List.of("中国农业银行/ORGANIZATION/name:organization:中国农业银行"), brief(ms));
    }

    @Test
    void gazetteerNamesInsideAWordAreNotMentions() {
        List<EntityMention> ms = build("发展中国家/O 的/O 外交部长/TITLE 和/O 拉美/LOCATION 国家/O");
        assertFalse(ms.stream().anyMatch(m -> m.text().equals("中国") || m.text().equals("外交部") || m.text().equals("美国")),
                () -> brief(ms).toString());
    }

    @Test
    void aNameGluedToAWordOfItsOwnIsStillFound() {
        List<EntityMention> ms = build("中共中央政治局委员/TITLE 、/O 中国/COUNTRY 外长/TITLE 王毅/PERSON");
        assertEquals("rl:org/ccp-politburo", only(ms, "中共中央政治局").entityId());
        assertEquals("中共中央政治局委员、中国外长", only(ms, "王毅").role());
    }

    @Test
    void thePeopleOfAPlaceAreAMentionOfThePlace() {
        List<EntityMention> ms = build("许多/O 中国人/GPE 和/O 意大利人/DEMONYM 说/O");
        assertEquals(List.of("中国/GPE/Q148", "意大利/GPE/Q38"), brief(ms));
    }

    @Test
    void aPlaceFollowedByATeamWordIsItsTeam() {
        List<EntityMention> ms = build("中国/COUNTRY 队/O 战胜/O 印尼/COUNTRY 女篮/O ，/O 丹麦队/GPE 的/O 队员/O 和/O 中国/COUNTRY 队员/O");
        assertEquals(List.of("中国队/ORGANIZATION", "印尼女篮/ORGANIZATION", "丹麦队/ORGANIZATION", "中国/GPE"),
                ms.stream().map(m -> m.text() + "/" + m.type()).toList());
    }

    @Test
    void oneCharacterCountriesOfACompoundAreTheirCountries() {
        List<EntityMention> ms = build("美中/O 关系/O 紧张/O");
        assertEquals(List.of("美/GPE/Q30", "中/GPE/Q148"), brief(ms));
    }

    @Test
    void summitPortmanteauNamesBothLeadersOfItsYear() {
        List<EntityMention> ms = build(Instant.parse("2023-11-10T00:00:00Z"), "“/O 拜习会/O ”/O 下周/DATE 举行/O");
        assertEquals(List.of("拜/PERSON/Q6279", "习/PERSON/Q15031"), brief(ms));
        assertEquals(MentionBuilder.BY_PORTMANTEAU, ms.get(0).decidedBy());

        List<EntityMention> trump = build(Instant.parse("2018-06-01T00:00:00Z"), "川习会/O 结束/O");
        assertEquals(List.of("川/PERSON/Q22686", "习/PERSON/Q15031"), brief(trump));
    }

    @Test
    void wordsEndingInHuiAreNotSummits() {
        List<EntityMention> ms = build("学习会/O 和/O 社会/O 不会/O 开会/O");
        assertTrue(ms.isEmpty(), () -> brief(ms).toString());
    }

    @Test
    void anAmbiguousNameIsReadByItsRoleAndLaterMentionsFollowTheFirst() {
        List<EntityMention> ms = build(Instant.parse("2023-11-10T00:00:00Z"),
                "美国/COUNTRY 驻/O 中国/COUNTRY 大使/TITLE 伯恩斯/PERSON 说/O",
                "伯恩斯/PERSON 还/O 表示/O");
        EntityMention first = ms.get(2);
        assertEquals("伯恩斯", first.text());
        assertEquals("rl:person/nicholas-burns", first.entityId());
        assertEquals(EntityLinker.BY_CONTEXT, first.linkedBy());
        assertEquals("美国驻中国大使", first.role());
        EntityMention later = ms.get(3);
        assertEquals("rl:person/nicholas-burns", later.entityId());
        assertEquals(EntityLinker.BY_COREFERENCE, later.linkedBy());
        assertNull(later.role());

        List<EntityMention> cia = build(Instant.parse("2023-11-10T00:00:00Z"), "中央情报局/ORGANIZATION 局长/TITLE 伯恩斯/PERSON 说/O");
        assertEquals("rl:person/william-burns", only(cia, "伯恩斯").entityId());
    }

    @Test
    void theLastPartOfATransliteratedNameFollowsTheFullName() {
        List<EntityMention> ms = build("威廉·伯恩斯/PERSON 访华/O", "伯恩斯/PERSON 说/O");
        assertEquals("rl:person/william-burns", ms.get(ms.size() - 1).entityId());
    }

    @Test
    void anUnknownPersonGetsANameIdAndTheSideOfTheRole() {
        List<EntityMention> ms = build("纽约/CITY 城市/O 大学/O 教授/TITLE 夏明/PERSON 说/O");
        EntityMention xia = only(ms, "夏明");
        assertEquals("name:person:夏明", xia.entityId());
        assertEquals(EntityLinker.BY_NAME, xia.linkedBy());
        assertEquals("纽约城市大学教授", xia.role());
        assertEquals("US", xia.affiliation());
    }

    @Test
    void capitalMetonymsAndTraditionalSpellingsLinkToTheirActor() {
        List<EntityMention> ms = build("华府/GPE 和/O 喬·拜登/PERSON");
        assertEquals(List.of("华府/GPE/Q30", "喬·拜登/PERSON/Q6279"), brief(ms));
        assertEquals("拜登", ms.get(1).canonicalName());
    }

    @Test
    void everyPersonPlaceAndOrganisationIsLinkedButUnknownMiscIsNot() {
        List<EntityMention> ms = build("某某/PERSON 在/O 某地/LOCATION 见/O 某组织/ORGANIZATION 谈/O 上周/MISC 的/O 亚太经合组织/MISC");
        assertEquals(List.of("某某/PERSON/name:person:某某", "某地/LOCATION/name:location:某地",
                "某组织/ORGANIZATION/name:organization:某组织", "上周/MISC/null", "亚太经合组织/ORGANIZATION/rl:org/apec"), brief(ms));
    }

    @Test
    void sidesAndOneCharacterCountriesTaggedByTheModelAreCountries() {
        List<EntityMention> ms = build("美方/GPE 和/O 中方/DEMONYM 以及/O 日媒/ORGANIZATION 说/O 中/GPE 美/COUNTRY");
        assertEquals(List.of("美/GPE/Q30", "中/GPE/Q148", "日/GPE/Q17", "中/GPE/Q148", "美/GPE/Q30"), brief(ms));
    }

    @Test
    void anOrganisationSpanRunningPastAKnownNameGivesWayToIt() {
        List<EntityMention> ms = build("美国纽约城市大学政治学/ORGANIZATION 教授/TITLE 夏明/PERSON");
        assertEquals("rl:org/cuny", only(ms, "纽约城市大学").entityId());
        assertEquals("美国纽约城市大学政治学教授", only(ms, "夏明").role());
    }
}
