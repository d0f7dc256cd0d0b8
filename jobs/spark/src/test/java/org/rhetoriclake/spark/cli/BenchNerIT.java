package org.rhetoriclake.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.testing.TestPaths;
import org.rhetoriclake.spark.bench.NerBenchmark;

/**
 * {@code bench ner} end to end on the six sample articles, one measured round (the CoreNLP load, ~20 s, is the
 * bulk of it): both throughputs are printed and positive, both passes measured the same number of chars, all
 * of the corpus's text, and the ratio line is there. The figures themselves are not asserted: a timed test
 * on a shared machine would be flaky, and the benchmark is for a human to read.
 */
class BenchNerIT {
    private static final Pattern TEXT =
            Pattern.compile("(?m)^  text: (\\d+) articles, (\\d+) paragraphs, (\\d+) chars$");
    private static final Pattern RATIO = Pattern.compile("(?m)^  median +ratio " + Pattern.quote(NerBenchmark.STAGE)
            + " / " + Pattern.quote(NerBenchmark.RAW) + ": (\\d+\\.\\d)% \\(overhead (-?\\d+\\.\\d)%\\), median of ");

    @Test
    void printsBothThroughputsOnTheSameTextAndTheirRatio() {
        Path root = TestPaths.projectRoot();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RhetoricCli.execute(new PrintWriter(out), new PrintWriter(err), "bench", "ner",
                "--input", root.resolve("data/sample").toString(), "--warmup", "0", "--rounds", "1",
                "--conf", "rhetoric.corenlp.properties=" + root.resolve("conf/corenlp-chinese.properties"),
                "--conf", "rhetoric.lexicon.dir=" + root.resolve("conf/lexicon"));
        String report = out.toString();
        assertEquals(0, code, report + err);

        Matcher text = TEXT.matcher(report);
        assertTrue(text.find(), report);
        assertEquals(6, Integer.parseInt(text.group(1)), "the six sample articles\n" + report);
        long corpusChars = Long.parseLong(text.group(3));
        assertTrue(corpusChars > 1000, report);

        for (String round : new String[] {"round 1", "median"}) {
            double[] raw = figures(report, round, NerBenchmark.RAW);
            double[] stage = figures(report, round, NerBenchmark.STAGE);
            assertEquals(corpusChars, (long) raw[0], "raw CoreNLP measured all the text (" + round + ")\n" + report);
            assertEquals(raw[0], stage[0], "both passes measured the same text (" + round + ")\n" + report);
            assertTrue(raw[1] > 0 && stage[1] > 0, report);
            assertTrue(raw[2] > 0 && stage[2] > 0, "positive chars/s\n" + report);
        }
        Matcher ratio = RATIO.matcher(report);
        assertTrue(ratio.find(), report);
        assertTrue(Double.parseDouble(ratio.group(1)) > 0, report);
        Matcher quotes = Pattern.compile("(?m)^  " + Pattern.quote(NerBenchmark.QUOTES)
                + " .*: (\\d+\\.\\d{3}) s, (\\d+) chars/s; median (\\d+\\.\\d{2})% of the NER stage's time$").matcher(report);
        assertTrue(quotes.find(), report);
        assertTrue(Double.parseDouble(quotes.group(3)) > 0, "quote extraction takes some time\n" + report);
    }

    /** chars, seconds and chars/s of one line of the report. */
    private static double[] figures(String report, String round, String pass) {
        Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(round) + " +" + Pattern.quote(pass)
                + " +(\\d+) chars +(\\d+\\.\\d{3}) s +(\\d+) chars/s  \\((\\d+) mentions\\)").matcher(report);
        assertTrue(m.find(), round + " / " + pass + " in\n" + report);
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3))};
    }
}
