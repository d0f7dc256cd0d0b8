package org.rhetoriclake.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluatorTest {
    private static final OffsetDateTime MAY_7 = OffsetDateTime.of(2005, 5, 7, 21, 23, 0, 0, ZoneOffset.ofHours(8));

    /** A fake extractor: a good page, a half-right one, one that throws, a garbled one. */
    private static PageExtraction fake(Path page) {
        String name = page.getFileName().toString();
        return switch (name) {
            case "a.html" -> new PageExtraction(null, MAY_7.withHour(12), DatePrecision.MINUTE, "记者 茉莉",
                    "第一段正文。\n第二段正文。", "<html>…</html>");
            case "b.html" -> new PageExtraction("乙的标题", null, null, null, "乙的正文，第一段。", "<html>…</html>");
            case "c.html" -> throw new IllegalStateException("boom");
            default -> new PageExtraction("标题", null, null, null, "正文", "锟斤拷锟斤拷");
        };
    }

    @Test
    void scoresEachFieldOnlyWhereThereIsTruth(@TempDir Path tmp) throws IOException {
        Path root = TruthIndexTest.dataSet(tmp);
        TruthIndexTest.write(root.resolve("html/other/x.html"), "<html></html>");
        TruthIndex truth = TruthIndex.load(root.resolve("html-truth"), root.resolve("html"));
        ExtractionEvaluator evaluator = new ExtractionEvaluator(text -> text.contains("锟斤拷"));
        EvaluationReport report = evaluator.evaluate(root.resolve("html"), truth, page -> fake(page));

        assertEquals(5, report.pages());
        assertEquals(3, report.pagesWithTruth()); // d.html has an entry without any truth, x.html none at all
        assertEquals(1, report.failedPages());
        assertEquals(2, report.garbledPages()); // d.html and x.html

        Map<Field, EvaluationReport.FieldSummary> s = report.summaries();
        assertEquals(new EvaluationReport.FieldSummary(2, 0.5), s.get(Field.TITLE)); // b right, c failed
        assertEquals(new EvaluationReport.FieldSummary(1, 1.0), s.get(Field.DATE_DAY));
        assertEquals(new EvaluationReport.FieldSummary(1, 0.0), s.get(Field.DATE_MINUTE)); // 12:23 vs 21:23
        assertEquals(new EvaluationReport.FieldSummary(1, 1.0), s.get(Field.AUTHOR));
        assertEquals(2, s.get(Field.BODY_F1).n());
        assertEquals((1.0 + 18.0 / 22) / 2, s.get(Field.BODY_F1).mean(), 1e-9); // b: P 1, R 9/13
        assertEquals(new EvaluationReport.FieldSummary(1, 0.0), s.get(Field.BODY_CONTAINS)); // c failed

        EvaluationReport.PageRow c = report.rows().stream().filter(r -> r.page().endsWith("c.html")).findFirst()
                .orElseThrow();
        assertNotNull(c.error());
        assertEquals("src", c.group());
        assertTrue(Double.isNaN(report.summariesByGroup().get("other").get(Field.TITLE).mean()));

        String table = report.toTable();
        assertTrue(table.contains("src/c.html"), table);
        assertTrue(table.contains("ERROR IllegalStateException: boom"), table);
        assertTrue(table.contains("GARBLED"), table);
        assertTrue(table.contains("body F1 0.909 (n=2)"), table);
        assertTrue(table.contains("pages 5, with truth 3, garbled 2, extractor failed 1"), table);
    }

    @Test
    void theDefaultMojibakeCheckIsTheDecoders() {
        EvaluationReport.PageRow row = new ExtractionEvaluator()
                .evaluate(Path.of("/p"), java.util.List.of(Path.of("/p/x.html")), emptyIndex(),
                        page -> new PageExtraction(null, null, null, null, null, "正常的中文网页内容。"))
                .rows().get(0);
        assertFalse(row.garbled());
        assertFalse(row.hasTruth());
    }

    private static TruthIndex emptyIndex() {
        try {
            Path dir = java.nio.file.Files.createTempDirectory("truth");
            TruthIndexTest.write(dir.resolve("INDEX.tsv"), TruthIndexTest.HEADER);
            return TruthIndex.load(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
