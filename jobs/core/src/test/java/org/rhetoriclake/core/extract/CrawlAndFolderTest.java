package org.rhetoriclake.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.ingest.InputFiles;
import org.rhetoriclake.core.ingest.ReadOptions;
import org.rhetoriclake.core.ingest.RecordStream;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.testing.TestPaths;

/**
 * The wget crawl of the dev pages ({@code zh-news-dev.warc.gz}) and the folder of the same saved pages give the
 * same articles: same title, dates, author, script, paragraphs and content hash. (Article ids differ only where
 * the page declares no canonical URL: the crawl's id then comes from the URL it was fetched from, the saved
 * file's from its content.)
 */
class CrawlAndFolderTest {
    static final ReadOptions OPTIONS = new ReadOptions(32L << 20, false);

    /** Relative page path (html/…) → the article's content fields, as one comparable string. */
    static Map<String, String> articles(List<Path> files, Path base, boolean fromCrawl) throws IOException {
        ArticleParser parser = new ArticleParser();
        Map<String, String> out = new TreeMap<>();
        for (Path f : files) {
            try (RecordStream records = InputFiles.open(f.toString(), Files.newByteChannel(f, StandardOpenOption.READ), OPTIONS)) {
                while (records.hasNext()) {
                    Outcome<RawRecord> raw = records.next();
                    if (!(raw instanceof Outcome.Ok<RawRecord> ok)) {
                        continue;
                    }
                    String key = fromCrawl ? ok.value().uri().replaceFirst("^https?://[^/]+/", "")
                            : base.relativize(f).toString();
                    Outcome<Article> parsed = parser.parse(ok.value());
                    out.put(key, parsed instanceof Outcome.Ok<Article> a ? describe(a.value()) : describe(parsed));
                }
            }
        }
        return out;
    }

    static String describe(Article a) {
        return String.join(" | ", a.title(), String.valueOf(a.publishedAt()), String.valueOf(a.author()),
                String.valueOf(a.script()), a.language(), a.contentHash(), a.byline().toString(),
                String.valueOf(a.paragraphs().size()), String.valueOf(a.captions()));
    }

    static String describe(Outcome<Article> o) {
        return o instanceof Outcome.Skipped<Article> s ? "skipped " + s.reason()
                : "rejected " + ((Outcome.Rejected<Article>) o).reject().reason();
    }

    @Test
    void theCrawlAndTheFolderGiveTheSameArticles() throws IOException {
        Path dev = TestPaths.sharedDir().resolve("dev");
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dev.resolve("html"))) {
            s.filter(Files::isRegularFile).sorted().forEach(pages::add);
        }
        Map<String, String> folder = articles(pages, dev, false);
        Map<String, String> crawl = articles(List.of(dev.resolve("warc/zh-news-dev.warc.gz")), dev, true);
        crawl.remove("html/"); // the web server's directory listing: crawled, but not a page of the folder
        assertEquals(folder.keySet(), crawl.keySet());
        for (String page : folder.keySet()) {
            assertEquals(folder.get(page), crawl.get(page), page);
        }
        long articles = folder.values().stream().filter(v -> !v.startsWith("skipped") && !v.startsWith("rejected")).count();
        assertTrue(articles >= 70, "articles from the dev pages: " + articles + " " + folder);
    }
}
