package org.rhetoriclake.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.progress.ProgressSnapshot.Phase;

class ProgressLineTest {

    private static ProgressSnapshot annotate(long done, long total, long chars, long charsTotal, int seconds) {
        // The first article was seen as the phase began: the window is the whole phase.
        return new ProgressSnapshot(Phase.ANNOTATE, "", Duration.ofSeconds(seconds), Duration.ofSeconds(seconds + 60),
                7, 7, 1000, 1000, 300, done, total, chars, charsTotal,
                done == 0 ? null : new ProgressSnapshot.Since(Duration.ofSeconds(seconds), 7, 1000, 300, 0, 0));
    }

    @Test
    void annotationShowsArticlesCharsRatesAndAnEtaFromTheCharactersLeft() {
        // A quarter of the characters in 100 s: 300 s left, although fewer than a quarter of the articles are done.
        String line = ProgressLine.format(annotate(400, 2000, 750_000, 3_000_000, 100));
        assertEquals("annotate: 400/2,000 articles (20%), 750,000/3,000,000 chars, 4.0 articles/s, 7.5k chars/s,"
                + " ETA 5m00s [run 2m40s]", line);
    }

    @Test
    void withoutACharacterTotalTheEtaComesFromTheArticles() {
        String line = ProgressLine.format(annotate(500, 2000, 750_000, 0, 100));
        assertTrue(line.contains("ETA 5m00s"), line);
        assertFalse(line.contains("/0 chars"), line);
    }

    @Test
    void noEtaBeforeEnoughIsDoneToTell() {
        assertFalse(ProgressLine.format(annotate(0, 2000, 0, 3_000_000, 100)).contains("ETA"));
        assertFalse(ProgressLine.format(annotate(1000, 2000, 1_500_000, 3_000_000, 2)).contains("ETA"),
                "two seconds in, the rate is JIT warm-up");
        assertFalse(ProgressLine.format(annotate(10, 0, 100, 0, 100)).contains("ETA"), "no total, no end");
    }

    @Test
    void theRateAndEtaLeaveOutTheWaitBeforeTheFirstResults() {
        // 100 s into the phase, of which the first 80 s loaded the models; the window opened at 100 articles.
        ProgressSnapshot s = new ProgressSnapshot(Phase.ANNOTATE, "", Duration.ofSeconds(100), Duration.ofSeconds(160),
                7, 7, 1000, 1000, 300, 400, 2000, 750_000, 3_000_000,
                new ProgressSnapshot.Since(Duration.ofSeconds(20), 7, 1000, 300, 100, 150_000));
        String line = ProgressLine.format(s);
        // 600,000 chars in 20 s: 30k chars/s; 2,250,000 left: 75 s (over the whole phase it would say 5m00s).
        assertTrue(line.contains("15 articles/s, 30k chars/s, ETA 1m15s"), line);
    }

    @Test
    void noRateUntilTheWindowHasLasted() {
        ProgressSnapshot s = new ProgressSnapshot(Phase.ANNOTATE, "", Duration.ofSeconds(40), Duration.ofSeconds(60),
                7, 7, 1000, 1000, 300, 6, 75, 16_926, 226_809,
                new ProgressSnapshot.Since(Duration.ZERO, 7, 1000, 300, 6, 16_926));
        assertEquals("annotate: 6/75 articles (8%), 16,926/226,809 chars [run 1m00s]", ProgressLine.format(s));
    }

    @Test
    void beforeTheFirstArticleTheLineSaysWhyItWaits() {
        assertEquals("annotate: 0/2,000 articles (0%), waiting for the first articles (each executor loads CoreNLP once,"
                + " 20-40 s) [run 1m20s]", ProgressLine.format(annotate(0, 2000, 0, 3_000_000, 20)));
    }

    @Test
    void readingMeasuresBytesSoOneLargeCrawlStillMoves() {
        ProgressSnapshot s = new ProgressSnapshot(Phase.READ, "", Duration.ofSeconds(30), Duration.ofSeconds(45),
                0, 1, 300L << 20, 1200L << 20, 4500, 0, 0, 0, 0,
                new ProgressSnapshot.Since(Duration.ofSeconds(30), 0, 0, 0, 0, 0));
        assertEquals("read: 0/1 files (25% of 1.2 GiB), 4,500 records, 150 records/s, ETA 1m30s [run 45s]",
                ProgressLine.format(s));
    }

    @Test
    void phasesWithoutAKnownEndShowTheirDetailAndTime() {
        ProgressSnapshot s = new ProgressSnapshot(Phase.WRITE, "rhetoric.quotes", Duration.ofSeconds(12),
                Duration.ofSeconds(3725), 7, 7, 10, 10, 9, 9, 9, 100, 100, null);
        assertEquals("write rhetoric.quotes: 12s [run 1h02m]", ProgressLine.format(s));
    }

    @Test
    void unitsAndRoundingAreLocaleFree() {
        assertEquals("0.4", ProgressLine.rate(0.44));
        assertEquals("42", ProgressLine.rate(42.4));
        assertEquals("4.6k", ProgressLine.rate(4567));
        assertEquals("46k", ProgressLine.rate(45_670));
        assertEquals("1.2M", ProgressLine.rate(1_234_567));
        assertEquals("512 B", ProgressLine.bytes(512));
        assertEquals("3.4 KiB", ProgressLine.bytes(3482));
        assertEquals("59s", ProgressLine.duration(Duration.ofMillis(59_999)));
        assertEquals("1m00s", ProgressLine.duration(Duration.ofSeconds(60)));
        assertEquals("1,234,567", ProgressLine.count(1_234_567));
        assertEquals("100%", ProgressLine.percent(5, 4), "counts reported with a heartbeat's lag never pass 100%");
    }
}
