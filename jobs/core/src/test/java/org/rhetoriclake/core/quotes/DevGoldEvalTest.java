package org.rhetoriclake.core.quotes;

import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.Quote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the extractor over the dev gold pages and prints precision and recall per kind. No thresholds yet:
 * the figures guide the general rules and the lexicons (never a rule for one file). Matching: same kind and
 * paragraph, speakers that agree (one name or mention contains the other) and texts that overlap by half of
 * the shorter; a strict line (same short name, texts covering 80% of each other) is printed too. Set
 * {@code -Drhetoric.quotes.verbose=true} to list every miss and every extra ({@code =strict}: under the strict
 * matching).
 */
class DevGoldEvalTest {

    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.withDefaults();

    @Test
    void printsPrecisionAndRecallPerKind() {
        Path dir = GoldFiles.sharedDir().resolve("gold/dev");
        assumeTrue(Files.isDirectory(dir), "no dev gold at " + dir);
        List<Path> files = GoldFiles.devFiles();
        assertFalse(files.isEmpty());
        String verbosity = System.getProperty("rhetoric.quotes.verbose", "false");
        boolean verbose = verbosity.equals("true") || verbosity.equals("strict");
        GoldFiles.Score direct = new GoldFiles.Score();
        GoldFiles.Score indirect = new GoldFiles.Score();
        GoldFiles.Score strictDirect = new GoldFiles.Score();
        GoldFiles.Score strictIndirect = new GoldFiles.Score();
        for (Path f : files) {
            GoldFiles.Gold gold = GoldFiles.read(f);
            List<Quote> quotes = EXTRACTOR.extract(gold.article(), List.of());
            GoldFiles.Match m = GoldFiles.match(gold, quotes, verbosity.equals("strict"));
            GoldFiles.Match lenient = GoldFiles.match(gold, quotes, false);
            direct.add(lenient.direct());
            indirect.add(lenient.indirect());
            GoldFiles.Match strict = GoldFiles.match(gold, quotes, true);
            strictDirect.add(strict.direct());
            strictIndirect.add(strict.indirect());
            System.out.printf(Locale.ROOT, "[quotes dev] %-52s direct %s | indirect %s%n", f.getFileName(), lenient.direct(),
                    lenient.indirect());
            if (verbose) {
                m.misses().forEach(s -> System.out.println("    MISS  " + s));
                m.extras().forEach(s -> System.out.println("    EXTRA " + s));
            }
        }
        System.out.println("[quotes dev] TOTAL direct   " + direct);
        System.out.println("[quotes dev] TOTAL indirect " + indirect);
        System.out.println("[quotes dev] strict (same short name, texts cover 80% of each other):");
        System.out.println("[quotes dev] STRICT direct   " + strictDirect);
        System.out.println("[quotes dev] STRICT indirect " + strictIndirect);
    }
}
