package org.rhetoriclake.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.testing.TestPaths;

/** {@code eval quotes} on the project's own sample gold, without CoreNLP (the quote rules alone): seconds. */
class EvalQuotesTest {

    @Test
    void printsTheFiguresPerKindAndWritesTheErrors(@TempDir Path tmp) throws Exception {
        Path root = TestPaths.projectRoot();
        Path errors = tmp.resolve("errors.tsv");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RhetoricCli.execute(new PrintWriter(out), new PrintWriter(err), "eval", "quotes",
                "--gold", root.resolve("data/sample-gold").toString(), "--input", root.toString(), "--without-ner",
                "--errors", errors.toString(), "--conf", "rhetoric.lexicon.dir=" + root.resolve("conf/lexicon"),
                "--conf", "rhetoric.corenlp.properties=" + root.resolve("conf/corenlp-chinese.properties"));
        assertEquals(0, code, err.toString());
        String report = out.toString();
        assertTrue(report.contains("6 gold files"), report);
        // The sample articles were written for the quote rules: every direct quote is found, with no extra.
        assertTrue(report.lines().anyMatch(l -> l.matches("direct\\s+24\\s+24\\s+24\\s+1\\.000\\s+1\\.000\\s+1\\.000")), report);
        assertTrue(report.contains("not-quotes reported as quotes: 0"), report);
        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        assertTrue(lines.stream().allMatch(l -> l.split("\t").length >= 4), lines.toString());
    }

    @Test
    void aGoldFolderThatDoesNotExistIsAUsageError(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        int code = RhetoricCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "eval", "quotes",
                "--gold", tmp.resolve("nope").toString(), "--input", tmp.toString(), "--without-ner");
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("nope"), err.toString());
    }
}
