package org.rhetoriclake.core.rhetoric;

import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.rhetoric.RhetoricTagger.Hit;
import org.rhetoriclake.core.rhetoric.RhetoricTagger.Tone;

import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences written for these tests, in the register of diplomatic news. */
class RhetoricTaggerTest {

    private static final RhetoricTagger TAGGER = RhetoricTagger.defaults();

    private static List<String> terms(String text) {
        return TAGGER.find(text).stream().map(Hit::term).toList();
    }

    @Test
    void theLongestFormWins() {
        List<Hit> hits = TAGGER.find("发言人称美方粗暴干涉内政。");
        assertEquals(1, hits.size());
        Hit hit = hits.get(0);
        assertEquals("干涉内政", hit.term());
        assertEquals(RhetoricCategory.SOVEREIGNTY, hit.category());
        assertEquals(-2, hit.polarity());
        assertEquals(RhetoricSide.CN, hit.side());
        assertEquals("干涉内政", "发言人称美方粗暴干涉内政。".substring(hit.start(), hit.end()));
        assertEquals(List.of("内政"), terms("这是一国的内政。"));
        assertEquals(List.of("台独分裂势力"), terms("打击台独分裂势力"));
        assertEquals(List.of("不冲突不对抗"), terms("坚持不冲突不对抗"), "a set phrase, not a negated 对抗");
    }

    @Test
    void traditionalTextGivesTheSimplifiedTerms() {
        String text = "雙方同意管控分歧，反對脫鉤，並就台灣問題坦誠交換意見。";
        List<Hit> hits = TAGGER.find(text);
        assertEquals(List.of("管控分歧", "脱钩", "台湾问题", "坦诚", "交换意见"), hits.stream().map(Hit::term).toList());
        assertEquals("脫鉤", hits.get(1).matched());
        assertEquals("脫鉤", text.substring(hits.get(1).start(), hits.get(1).end()));
        assertEquals(List.of("干涉内政", "芯片"), terms("我們反對干涉內政，也不接受所謂晶片禁令。"), "Taiwan's word for chip");
        assertEquals(terms("我們反對干涉內政。"), terms("我们反对干涉内政。"));
    }

    @Test
    void ordinaryWordsThatContainATermDoNotFire() {
        assertEquals(List.of(), terms("台湾内政部昨天发布统计。"));
        assertEquals(List.of(), terms("民主党参议员访问了当地工厂。"));
        assertEquals(List.of("民主"), terms("他们讨论了民主的含义。"));
        assertEquals(List.of(), terms("长江两岸的城市连成一片。"));
        assertEquals(List.of("两岸"), terms("两岸往来日益频繁。"));
    }

    @Test
    void toneSignFollowsTheLanguage() {
        Tone warm = TAGGER.tone("双方同意相向而行，管控分歧，推动互利共赢的务实合作。");
        Tone cold = TAGGER.tone("外交部对此表示强烈不满和坚决反对，已向对方提出严正交涉，并批评其冷战思维。");
        assertTrue(warm.score() > 0.5, "conciliatory: " + warm);
        assertTrue(cold.score() < -0.5, "confrontational: " + cold);
        assertEquals(0.0, TAGGER.tone("今天天气晴朗，市场照常开放。").score());
        assertEquals(0, TAGGER.tone(null).hits());
    }

    @Test
    void categoriesAreCounted() {
        Tone tone = TAGGER.tone("美方宣布新的出口管制和实体清单，把芯片问题泛安全化，还在台湾问题上玩火。");
        assertEquals(4, tone.count(RhetoricCategory.ECONOMIC), tone.toString());
        assertEquals(1, tone.count(RhetoricCategory.TAIWAN));
        assertEquals(1, tone.count(RhetoricCategory.CONFRONTATIONAL));
        assertEquals(0, tone.count(RhetoricCategory.HUMAN_RIGHTS));
        assertEquals(6, tone.hits());
        assertEquals(tone.hits(), tone.categoryCounts().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aNegatorRightBeforeATermTurnsItAround() {
        Hit renounced = TAGGER.find("美方表示不寻求新冷战。").get(0);
        assertEquals("新冷战", renounced.term());
        assertTrue(renounced.negated());
        assertEquals(2, renounced.polarity());
        assertEquals(-1, TAGGER.find("对方拒绝对话。").get(0).polarity());
        assertEquals(-1, TAGGER.find("此举损害互信。").get(0).polarity());
        Hit opposed = TAGGER.find("坚决反对台独").get(1);
        assertFalse(opposed.negated(), "opposing something hostile is not conciliatory");
        assertEquals(-2, opposed.polarity());
        assertFalse(TAGGER.find("双方不断加强对话。").get(0).negated(), "不断 is not a negator");
        assertTrue(TAGGER.tone("两国应避免冲突，防止误判。").score() > 0);
    }

    @Test
    void theScoreIsTheBalanceOverTheWeightPlusSmoothing() {
        RhetoricLexicon lex = RhetoricLexicon.parse("test.tsv", new StringReader(
                "term\ttraditional\tcategory\tpolarity\tside\tnote\n"
                        + "合作共赢\t合作共贏\tconciliatory\t2\tCN\t\n"
                        + "对话\t對話\tdialogue\t1\tany\t\n"
                        + "制裁\t\teconomic\t-2\tany\t\n"
                        + "关税\t關稅\teconomic\t0\tany\t\n"));
        RhetoricTagger tagger = new RhetoricTagger(lex);
        assertEquals(0.5, tagger.tone("合作共赢").score(), 1e-9, "one strong term: 2 / (2 + 2)");
        assertEquals(0.6, tagger.tone("合作共赢，对话").score(), 1e-9, "3 / (3 + 2)");
        assertEquals(0.5, tagger.tone("合作共赢，关税").score(), 1e-9, "a topic marker does not dilute");
        assertEquals(1.0 / 7, tagger.tone("合作共赢，对话，制裁").score(), 1e-9, "1 / (5 + 2)");
        Tone many = tagger.tone("合作共赢".repeat(50));
        assertTrue(many.score() > 0.98 && many.score() < 1.0, "approaches 1 as evidence piles up");
        assertEquals(0.0, RhetoricTagger.score(List.of()).score());
    }

    @Test
    void oneTaggerServesManyThreads() {
        List<String> texts = IntStream.range(0, 200)
                .mapToObj(i -> (i % 2 == 0 ? "双方坚持求同存异。" : "对方继续施压和胁迫。") + i).toList();
        List<List<Hit>> sequential = texts.stream().map(TAGGER::find).toList();
        assertEquals(sequential, texts.parallelStream().map(TAGGER::find).toList());
    }
}
