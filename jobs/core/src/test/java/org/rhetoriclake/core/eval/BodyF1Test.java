package org.rhetoriclake.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BodyF1Test {
    @Test
    void identicalTextsScoreOneWhateverTheirWhitespace() {
        BodyF1.Score s = BodyF1.score("第一段，正文。\n\n　　第二段。", "第一段，正文。 第二段。\u00A0");
        assertEquals(1.0, s.f1());
        assertEquals(11, s.truth());
        assertFalse(s.approximate());
    }

    @Test
    void precisionAndRecallCountCharactersOfTheCommonSubsequence() {
        BodyF1.Score s = BodyF1.score("导航正文内容", "正文内容结尾");
        assertEquals(4, s.matched());
        assertEquals(4.0 / 6, s.precision(), 1e-9);
        assertEquals(4.0 / 6, s.recall(), 1e-9);
        assertEquals(4.0 / 6, s.f1(), 1e-9);
    }

    @Test
    void orderMatters() {
        assertEquals(1, BodyF1.score("甲乙丙", "丙乙甲").matched());
    }

    @Test
    void emptyTexts() {
        assertEquals(1.0, BodyF1.score("", " ").f1());
        assertEquals(0.0, BodyF1.score(null, "正文").f1());
        assertEquals(0.0, BodyF1.score("正文", "").f1());
    }

    @Test
    void bitParallelLcsAgreesWithTheTextbookTable() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int[] a = random(random, 1 + random.nextInt(200), 1 + random.nextInt(6));
            int[] b = random(random, 1 + random.nextInt(200), 1 + random.nextInt(6));
            assertEquals(table(a, b), BodyF1.lcsLength(a, b), "round " + round);
        }
    }

    @Test
    void veryLongTextsFallBackToABagOfCharacters() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            a.append((char) ('一' + i % 3000));
            b.append((char) ('一' + (i * 7) % 3000));
        }
        BodyF1.Score s = BodyF1.score(a.toString(), b.toString());
        assertTrue(s.approximate());
        assertEquals(1.0, s.f1(), 1e-9); // same characters, different order: the bag cannot tell
        assertEquals(3, BodyF1.bagOverlap(new int[] {1, 1, 2, 3}, new int[] {1, 2, 2, 3}));
    }

    @Test
    void seventyThousandCharactersAreComparedExactlyAndQuickly() {
        Random random = new Random(3);
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < 70_000; i++) {
            a.append((char) ('一' + random.nextInt(3000)));
        }
        String truth = a.toString();
        String extracted = "导航首页" + truth.substring(0, 60_000);
        long start = System.nanoTime();
        BodyF1.Score s = BodyF1.score(extracted, truth);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertFalse(s.approximate());
        assertEquals(60_000, s.matched());
        assertTrue(ms < 10_000, ms + " ms");
    }

    private static int[] random(Random random, int n, int alphabet) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = 'a' + random.nextInt(alphabet);
        }
        return out;
    }

    private static int table(int[] a, int[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length][b.length];
    }
}
