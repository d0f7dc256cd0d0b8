package org.rhetoriclake.core.quotes;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.ParagraphKind;
import org.rhetoriclake.core.model.Quote;
import org.rhetoriclake.core.model.QuoteKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed article against its gold ({@code ../shared/gold/seed.json}): body paragraphs with the listed
 * subheadings marked, no NER. Direct quotes must match exactly (speaker, fullest mention, text, paragraph);
 * no {@code not_quotes} text may come out as a quote; indirect quotes are matched by paragraph, speaker and
 * text, the count is printed and every one matched today is asserted, so a regression shows.
 */
class SeedGoldTest {

    private static GoldFiles.Gold gold;
    private static List<Quote> quotes;

    @BeforeAll
    static void extract() {
        Path seed = GoldFiles.sharedDir().resolve("gold/seed.json");
        assumeTrue(Files.isRegularFile(seed), "no seed gold at " + seed);
        gold = GoldFiles.read(seed);
        quotes = QuoteExtractor.withDefaults().extract(gold.article(), List.of());
    }

    @Test
    void subheadingIsMarked() {
        assertTrue(gold.article().paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.SUBHEADING));
    }

    @Test
    void theFiveDirectQuotesExactly() {
        List<GoldFiles.GoldQuote> directs = gold.quotes().stream().filter(g -> g.kind() == QuoteKind.DIRECT).toList();
        assertEquals(5, directs.size());
        List<Quote> ours = quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertEquals(5, ours.size(), () -> "direct quotes: " + ours);
        for (GoldFiles.GoldQuote g : directs) {
            Quote q = ours.stream().filter(o -> o.paragraph() == g.paragraph()).findFirst()
                    .orElseThrow(() -> new AssertionError("no direct quote in paragraph " + g.paragraph()));
            assertEquals(g.text(), q.text(), "text, paragraph " + g.paragraph());
            assertEquals(g.speaker(), q.speaker(), "speaker, paragraph " + g.paragraph());
            assertEquals(g.speakerMention(), q.speakerMention(), "speaker mention, paragraph " + g.paragraph());
            assertEquals("：", q.cue());
            assertEquals(0.95, q.confidence());
        }
        Quote burns = ours.stream().filter(q -> q.paragraph() == 2).findFirst().orElseThrow();
        assertEquals("美国驻中国大使", burns.speakerRole());
        assertEquals("US", burns.speakerAffiliation());
        Quote xie = ours.stream().filter(q -> q.paragraph() == 4).findFirst().orElseThrow();
        assertEquals("中国驻美国大使", xie.speakerRole());
        assertEquals("CN", xie.speakerAffiliation());
        Quote shen = ours.stream().filter(q -> q.paragraph() == 12).findFirst().orElseThrow();
        assertEquals("TW", shen.speakerAffiliation());
    }

    @Test
    void noNotQuoteComesOutAsAQuote() {
        for (String not : gold.notQuotes()) {
            for (Quote q : quotes) {
                assertFalse(q.text().equals(not), "reported as a quote: " + not);
            }
        }
        for (Quote q : quotes) {
            assertEquals(ParagraphKind.BODY, gold.article().paragraphs().get(q.paragraph()).kind(), q.toString());
        }
    }

    @Test
    void indirectQuotesByParagraphSpeakerAndText() {
        List<GoldFiles.GoldQuote> indirects = gold.quotes().stream().filter(g -> g.kind() == QuoteKind.INDIRECT).toList();
        assertEquals(11, indirects.size());
        List<String> matched = new ArrayList<>();
        for (GoldFiles.GoldQuote g : indirects) {
            quotes.stream()
                    .filter(q -> q.kind() == QuoteKind.INDIRECT && q.paragraph() == g.paragraph()
                            && q.speaker().equals(g.speaker()) && q.text().equals(g.text()))
                    .findFirst()
                    .ifPresent(q -> {
                        matched.add("p" + g.paragraph() + " " + g.speaker());
                        assertEquals(g.reportedVia(), q.reportedVia(), "reported via, " + g.speaker());
                        assertEquals(g.nestedIn(), q.nestedIn(), "nested in, " + g.speaker());
                        assertEquals(g.speakerMention(), q.speakerMention(), "speaker mention, " + g.speaker());
                    });
        }
        System.out.printf(Locale.ROOT, "[quotes seed] indirect quotes matched by (paragraph, speaker, text): %d of %d %s%n",
                matched.size(), indirects.size(), matched);
        // all eleven are matched today; keep it that way
        assertEquals(List.of("p0 美国官员", "p0 美国媒体", "p1 伯恩斯", "p3 谢锋", "p5 美国高层官员", "p6 夏明",
                "p10 知情人士", "p10 王毅", "p11 沈明室", "p13 沈明室", "p15 沈明室"), matched);
        long extraIndirect = quotes.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).count() - matched.size();
        assertEquals(0, extraIndirect, () -> "indirect quotes not in the gold: " + quotes);
    }

    @Test
    void affiliationsAndTypesOfTheIndirectSpeakers() {
        Quote officials = quotes.stream().filter(q -> Objects.equals(q.speaker(), "美国官员")).findFirst().orElseThrow();
        assertEquals("US", officials.speakerAffiliation());
        assertEquals(org.rhetoriclake.core.model.SpeakerType.ANONYMOUS, officials.speakerType());
        Quote media = quotes.stream().filter(q -> Objects.equals(q.speaker(), "美国媒体")).findFirst().orElseThrow();
        assertEquals(org.rhetoriclake.core.model.SpeakerType.MEDIA, media.speakerType());
        Quote wang = quotes.stream().filter(q -> Objects.equals(q.speaker(), "王毅")).findFirst().orElseThrow();
        assertEquals("中共中央政治局委员、中国外长", wang.speakerRole());
        assertEquals("CN", wang.speakerAffiliation());
    }
}
