package org.rhetoriclake.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.testing.TestPaths;

/**
 * Every WARC file of the dev set (wget, Common Crawl, warcio's and gowarc's test files, truncated and damaged
 * ones among them) is read to its end without an exception, and each record read is accounted for once.
 */
class DevWarcFilesTest {
    static final ReadOptions OPTIONS = new ReadOptions(32L << 20, false);

    static List<Path> devWarcs() throws IOException {
        try (Stream<Path> files = Files.walk(TestPaths.sharedDir().resolve("dev/warc"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static Map<String, Integer> tally(Path file) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (RecordStream records = InputFiles.open(file.toString(),
                Files.newByteChannel(file, StandardOpenOption.READ), OPTIONS)) {
            while (records.hasNext()) {
                Outcome<RawRecord> o = records.next();
                String key;
                if (o instanceof Outcome.Ok<RawRecord> ok) {
                    key = "record:" + ok.value().format().label();
                } else if (o instanceof Outcome.Skipped<RawRecord> s) {
                    key = "skipped:" + s.reason();
                } else {
                    Outcome.Rejected<RawRecord> r = (Outcome.Rejected<RawRecord>) o;
                    key = "rejected:" + r.reject().reason() + "@" + r.reject().source().offset();
                    System.out.println("  " + r.reject().detail());
                }
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void everyDevWarcIsReadToTheEnd() throws IOException {
        List<Path> files = devWarcs();
        assertTrue(files.size() >= 15, "dev WARC files: " + files.size());
        for (Path file : files) {
            Map<String, Integer> counts = tally(file);
            System.out.println(TestPaths.sharedDir().relativize(file) + " " + counts);
            assertFalse(counts.isEmpty(), file + " gave no outcome at all");
        }
    }

    @Test
    void theWgetCrawlOfTheDevPagesGivesOnePagePerResponse() throws IOException {
        Map<String, Integer> counts = tally(TestPaths.sharedDir().resolve("dev/warc/zh-news-dev.warc.gz"));
        assertEquals(82, counts.get("skipped:warc.request"));
        assertEquals(1, counts.get("skipped:warc.warcinfo"));
        assertEquals(1, counts.get("skipped:http.status_4xx"));
        assertEquals(1, counts.get("skipped:http.status_3xx"));
        // 79 dev pages plus the server's directory listing, which is HTML too (the extractor skips it).
        assertEquals(80, counts.get("record:warc"));
    }
}
