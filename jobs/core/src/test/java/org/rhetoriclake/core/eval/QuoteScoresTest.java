package org.rhetoriclake.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.model.Quote;
import org.rhetoriclake.core.model.QuoteKind;
import org.rhetoriclake.core.model.SpeakerType;

class QuoteScoresTest {

    private static QuoteGold.Quote gold(QuoteKind kind, String text, String speaker, String mention, String via) {
        return new QuoteGold.Quote(kind, text, speaker, mention, via, 0);
    }

    private static Quote found(QuoteKind kind, String text, String speaker, String mention, String via) {
        return new Quote("a", "q" + text.hashCode(), kind, text, speaker, mention, null, null, SpeakerType.PERSON, "表示",
                via, null, 0, 0, text.length(), 0.9);
    }

    @Test
    void aQuoteMatchesWhenItsTextOverlapsEnoughAndItsKindIsTheSame() {
        QuoteScores s = new QuoteScores();
        s.add("doc", List.of(
                        gold(QuoteKind.DIRECT, "美中关系正处于关键时刻，双方应当加强沟通", "伯恩斯", "美国驻中国大使伯恩斯", null),
                        gold(QuoteKind.INDIRECT, "中方愿与美方相向而行", "王毅", null, null)),
                List.of(),
                List.of(found(QuoteKind.DIRECT, "美中关系正处于关键时刻，双方应当加强沟通。", "伯恩斯", "伯恩斯", null),
                        found(QuoteKind.DIRECT, "中方愿与美方相向而行", "王毅", "王毅", null)));
        assertEquals(new QuoteScores.Score(1, 2, 1), s.score(QuoteKind.DIRECT), "the wrong kind is an extra");
        assertEquals(new QuoteScores.Score(0, 0, 1), s.score(QuoteKind.INDIRECT), "and the gold indirect is missed");
        assertEquals(1.0, s.speakerAccuracy());
        assertTrue(s.errors().stream().anyMatch(e -> e.contains("\tmissed\tindirect\t王毅")), s.errors().toString());
    }

    @Test
    void aTextOverlappingLessThanTheThresholdIsNotAMatch() {
        QuoteScores s = new QuoteScores();
        s.add("doc", List.of(gold(QuoteKind.INDIRECT, "两国元首将在旧金山举行会晤并讨论台湾问题", "官员", null, null)), List.of(),
                List.of(found(QuoteKind.INDIRECT, "台湾问题", "官员", "官员", null)));
        assertEquals(0, s.score(QuoteKind.INDIRECT).truePositives());
    }

    @Test
    void theSpeakerIsRightWhenItIsTheGoldNameOrFullMentionAfterNormalisation() {
        QuoteScores s = new QuoteScores();
        s.add("doc", List.of(
                        gold(QuoteKind.DIRECT, "一二三四五六七八九十", "布林肯", "美国国务卿布林肯", null),
                        gold(QuoteKind.DIRECT, "十九八七六五四三二一", "乔·拜登", null, "《日经亚洲》"),
                        gold(QuoteKind.DIRECT, "甲乙丙丁戊己庚辛壬癸", "王毅", null, null)),
                List.of(),
                List.of(found(QuoteKind.DIRECT, "一二三四五六七八九十", "國務卿", "美國國務卿布林肯", null),
                        found(QuoteKind.DIRECT, "十九八七六五四三二一", "乔拜登", null, "日经亚洲"),
                        found(QuoteKind.DIRECT, "甲乙丙丁戊己庚辛壬癸", "外长", "中国外长", null)));
        assertEquals(3, s.score(QuoteKind.DIRECT).truePositives());
        assertEquals(2, s.speakerRight(), "Traditional full mention and the dot-less name are right; 外长 is not 王毅");
        assertEquals(1, s.relayedGold());
        assertEquals(1, s.relayRight());
    }

    @Test
    void aNotQuoteReportedAsAQuoteIsCounted() {
        QuoteScores s = new QuoteScores();
        s.add("doc", List.of(), List.of("拜习会"), List.of(found(QuoteKind.DIRECT, "拜习会", "记者", "记者", null)));
        assertEquals(1, s.notQuotesReported());
        assertTrue(s.toTable().contains("not-quotes reported as quotes: 1"), s.toTable());
    }

    @Test
    void goldFilesAreReadWithTheirInputAndAFileWithoutOneIsRefused(@TempDir Path dir) throws Exception {
        Path g = dir.resolve("g.json");
        Files.writeString(g, """
                {"doc_id": "d1", "file": "corpus/a.txt",
                 "quotes": [{"kind": "indirect", "speaker": "谢锋", "speaker_mention": "中国驻美国大使谢锋",
                             "paragraph": 3, "text": "中方希望", "reported_via": null}],
                 "not_quotes": [{"text": "试水温", "why": "scare quotes"}]}
                """, StandardCharsets.UTF_8);
        QuoteGold gold = QuoteGold.read(g);
        assertEquals("corpus/a.txt", gold.file());
        assertEquals(List.of(new QuoteGold.Quote(QuoteKind.INDIRECT, "中方希望", "谢锋", "中国驻美国大使谢锋", null, 3)), gold.quotes());
        assertEquals(List.of("试水温"), gold.notQuotes());
        assertEquals(List.of(g), QuoteGold.files(dir));

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"quotes\": []}", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuoteGold.read(bad));
        assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
    }
}
