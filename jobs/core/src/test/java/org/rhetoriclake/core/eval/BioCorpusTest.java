package org.rhetoriclake.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.testing.TestPaths;

class BioCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void readsSentencesAndSpansIncludingAdjacentSingleCharacterEntities() throws IOException {
        Path f = tmp.resolve("t.bio");
        Files.writeString(f, "中 B-LOC\n美 B-LOC\n会 O\n谈 O\n\n王 B-PER\n毅 I-PER\n说 O\n外 B-ORG\n交 I-ORG\n部 I-ORG\n",
                StandardCharsets.UTF_8);
        BioCorpus c = BioCorpus.read(f);
        assertEquals(2, c.sentences().size());
        assertEquals("中美会谈", c.sentences().get(0).text());
        assertEquals(List.of(new BioCorpus.Span(0, 1, "LOC"), new BioCorpus.Span(1, 2, "LOC")), c.sentences().get(0).spans());
        assertEquals(List.of(new BioCorpus.Span(0, 2, "PER"), new BioCorpus.Span(3, 6, "ORG")), c.sentences().get(1).spans());
    }

    @Test
    void aMalformedLineNamesItsFileAndLine() throws IOException {
        Path f = tmp.resolve("bad.bio");
        Files.writeString(f, "中 B-LOC\n美B-LOC\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> BioCorpus.read(f));
        assertTrue(e.getMessage().contains("bad.bio:2"), e.getMessage());
    }

    @Test
    void exactSpanScoringCountsBoundaryAndTypeErrorsAsMisses() {
        SpanScores s = new SpanScores();
        s.add(List.of(new BioCorpus.Span(0, 2, "PER"), new BioCorpus.Span(3, 6, "ORG")),
                List.of(new BioCorpus.Span(0, 2, "PER"), new BioCorpus.Span(3, 5, "ORG"), new BioCorpus.Span(7, 8, "LOC")));
        assertEquals(1, s.score("PER").truePositives());
        assertEquals(0, s.score("ORG").truePositives());
        SpanScores.Score all = s.score(null);
        assertEquals(1.0 / 3, all.precision(), 1e-9);
        assertEquals(0.5, all.recall(), 1e-9);
        assertEquals(0.4, all.f1(), 1e-9);
        assertEquals(java.util.Map.of("boundary", 1L), s.misses("ORG"), "the ORG was found with a wrong end");
        SpanScores typed = new SpanScores();
        typed.add(List.of(new BioCorpus.Span(0, 2, "LOC"), new BioCorpus.Span(4, 6, "PER")),
                List.of(new BioCorpus.Span(0, 2, "ORG")));
        assertEquals(java.util.Map.of("type", 1L), typed.misses("LOC"));
        assertEquals(java.util.Map.of("missed", 1L), typed.misses("PER"));
    }

    @Test
    void thePeoplesDailyTestSetReadsWithItsPublishedCounts() throws IOException {
        BioCorpus c = BioCorpus.read(TestPaths.sharedDir().resolve("dev/ner/peoples-daily-1998/example.test"));
        SpanScores gold = new SpanScores();
        for (BioCorpus.Sentence s : c.sentences()) {
            gold.add(s.spans(), List.of());
        }
        // The corpus readme: 4636 sentences, 219197 characters, LOC 3658, ORG 2185, PER 1864.
        assertEquals(4636, c.sentences().size());
        assertEquals(219197, c.characters());
        assertEquals(3658, gold.score("LOC").gold());
        assertEquals(2185, gold.score("ORG").gold());
        assertEquals(1864, gold.score("PER").gold());
    }
}
