package org.rhetoriclake.core.extract.page;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.testing.TestPaths;

/**
 * Measures {@link PageMetadataExtractor} on the real dev pages against their truth: {@code dev/html-truth/INDEX.tsv}
 * (title, publish time, author from the sources' own truth files) and the project's hand-made gold
 * ({@code gold/dev/*.json}), which takes precedence where both exist. Prints every miss and the totals, and fails
 * when a figure drops below its floor (set a little under what the extractor reaches, so a regression shows).
 *
 * <p>Rules of the comparison, as the task defines them: a title matches when equal after whitespace folding, or
 * equal to the truth with a site-name suffix removed, or (Taiwan news rows) when the truth is a substring of it. A
 * date matches at day level, or at the truth's precision when that is coarser ({@code 2018}, {@code 1998-3}). An
 * author matches when the set of names is the same; a truth of none ({@code UNKNOWN}, empty, or gold without a
 * reporter) matches only no author.
 *
 * <p>Pages are decoded with the encoding {@code dev/MANIFEST.tsv} says they really have (column
 * {@code encoding_actual}), not the one they declare.
 */
class PageMetadataDevTruthTest {
    /**
     * Floors: the task's targets for title (0.95) and date (0.90), which the extractor meets with 16/16 and 38/42,
     * and a little under the author figures reached when this test was written (40/50 overall, 24/34 on the pages
     * that credit someone), so a regression fails.
     */
    static final double TITLE_FLOOR = 0.95;
    static final double DATE_FLOOR = 0.90;
    static final double AUTHOR_FLOOR = 0.78;
    static final double CREDITED_AUTHOR_FLOOR = 0.67;

    private static final PageMetadataExtractor EXTRACTOR = new PageMetadataExtractor();
    private static final List<Case> CASES = new ArrayList<>();

    private record Case(String file, String titleTruth, String titleMode, String dateTruth, String authorTruth,
            boolean gold, PageMetadata got) {
    }

    @BeforeAll
    static void extractAll() throws IOException {
        Path shared = TestPaths.sharedDir();
        Path dev = shared.resolve("dev");
        Map<String, String> encodings = new HashMap<>();
        for (String line : Files.readAllLines(dev.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length > 6 && f[0].startsWith("html/")) {
                encodings.put(f[0], f[6]);
            }
        }
        Map<String, JsonNode> gold = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(shared.resolve("gold/dev"), "*.json")) {
            for (Path p : files) {
                JsonNode g = json.readTree(Files.readString(p, StandardCharsets.UTF_8));
                gold.put(g.get("file").asText().replaceFirst("^dev/", ""), g);
            }
        }
        List<String> index = Files.readAllLines(dev.resolve("html-truth/INDEX.tsv"), StandardCharsets.UTF_8);
        for (String line : index.subList(1, index.size())) {
            String[] f = line.split("\t", -1);
            String file = f[0];
            String source = f[1];
            JsonNode g = gold.get(file);
            boolean hasTruth = !source.startsWith("none") || g != null;
            if (!hasTruth) {
                continue;
            }
            String title = g != null ? g.get("title").asText() : blankToNull(f[2]);
            String titleMode = g != null ? "exact" : source.startsWith("twnews") ? "substring" : "suffix";
            String date = g != null ? text(g.get("published_at")) : blankToNull(f[3]);
            if (date != null && date.toUpperCase(Locale.ROOT).startsWith("UNKN")) {
                date = null;
            }
            String author;
            if (g != null) {
                List<String> reporters = new ArrayList<>();
                JsonNode byline = g.get("byline");
                if (byline != null && byline.get("reporter") != null) {
                    byline.get("reporter").forEach(n -> reporters.add(n.asText()));
                }
                author = reporters.isEmpty() ? null : String.join(" ", reporters);
            } else {
                author = blankToNull(f[4]);
                if (author != null && author.toUpperCase(Locale.ROOT).startsWith("UNKN")) {
                    author = null;
                }
            }
            String url = g != null ? text(g.get("url")) : null;
            byte[] bytes = Files.readAllBytes(dev.resolve(file));
            Document doc = Jsoup.parse(new String(bytes, charsetOf(encodings.get(file))), url == null ? "" : url);
            CASES.add(new Case(file, title, titleMode, date, author, g != null, EXTRACTOR.extract(doc)));
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Charset charsetOf(String manifest) {
        String m = manifest == null ? "" : manifest.toLowerCase(Locale.ROOT);
        if (m.contains("gb18030")) {
            return Charset.forName("GB18030");
        }
        if (m.contains("big5")) {
            return Charset.forName("Big5");
        }
        return StandardCharsets.UTF_8;
    }

    @Test
    void titlesMatchTheTruth() {
        int total = 0;
        int hits = 0;
        for (Case c : CASES) {
            if (c.titleTruth == null) {
                continue;
            }
            total++;
            if (titleMatches(c.got.title(), c.titleTruth, c.titleMode)) {
                hits++;
            } else {
                System.out.printf(Locale.ROOT, "TITLE MISS %s%n    truth: %s%n    got:   %s%n", c.file, c.titleTruth,
                        c.got.title());
            }
        }
        report("title", hits, total, TITLE_FLOOR);
    }

    @Test
    void datesMatchTheTruthAtDayLevel() {
        int total = 0;
        int hits = 0;
        Map<String, Integer> rules = new LinkedHashMap<>();
        for (Case c : CASES) {
            if (c.dateTruth == null) {
                continue;
            }
            total++;
            if (dateMatches(c.got.publishedAt(), c.dateTruth)) {
                hits++;
                rules.merge(String.valueOf(c.got.publishedFrom()), 1, Integer::sum);
            } else {
                System.out.printf(Locale.ROOT, "DATE MISS %s%n    truth: %s%n    got:   %s (%s, %s)%n", c.file,
                        c.dateTruth, c.got.publishedAt(), c.got.publishedPrecision(), c.got.publishedFrom());
            }
        }
        System.out.println("date hits by rule: " + rules);
        int goldTimed = 0;
        int goldMinute = 0;
        for (Case c : CASES) {
            if (c.gold && c.dateTruth != null) {
                goldTimed++;
                OffsetDateTime truth = OffsetDateTime.parse(c.dateTruth);
                if (c.got.publishedAt() != null && c.got.publishedAt().toInstant().getEpochSecond() / 60
                        == truth.toInstant().getEpochSecond() / 60) {
                    goldMinute++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "date to the minute, gold pages: %d/%d%n", goldMinute, goldTimed);
        report("date (day level)", hits, total, DATE_FLOOR);
    }

    @Test
    void authorsMatchTheTruth() {
        int total = 0;
        int hits = 0;
        int withAuthor = 0;
        int withAuthorHits = 0;
        for (Case c : CASES) {
            total++;
            boolean ok = names(c.got.author()).equals(names(c.authorTruth));
            if (c.authorTruth != null) {
                withAuthor++;
                if (ok) {
                    withAuthorHits++;
                }
            }
            if (ok) {
                hits++;
            } else {
                System.out.printf(Locale.ROOT, "AUTHOR MISS %s%n    truth: %s%n    got:   %s%n", c.file,
                        c.authorTruth, c.got.author());
            }
        }
        report("author, pages crediting someone", withAuthorHits, withAuthor, CREDITED_AUTHOR_FLOOR);
        report("author (all pages with truth, none included)", hits, total, AUTHOR_FLOOR);
    }

    private static void report(String what, int hits, int total, double floor) {
        double rate = total == 0 ? 0 : (double) hits / total;
        System.out.printf(Locale.ROOT, "%s: %d/%d = %.3f (floor %.2f)%n", what, hits, total, rate, floor);
        assertTrue(total > 0, what + ": no truth read");
        assertTrue(rate >= floor, () -> String.format(Locale.ROOT, "%s %.3f below floor %.2f", what, rate, floor));
    }

    // ---------------------------------------------------------------- comparison rules

    static String fold(String s) {
        return s == null ? null : s.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    }

    private static final Pattern SUFFIX_START = Pattern.compile("^\\s*[_|｜\\-–—@:·»]");

    static boolean titleMatches(String got, String truth, String mode) {
        if (got == null) {
            return false;
        }
        String g = fold(got);
        String t = fold(truth);
        if (g.equals(t)) {
            return true;
        }
        if (mode.equals("substring")) {
            return g.contains(t);
        }
        if (mode.equals("suffix")) {
            // the truth is the browser title: accept the headline it starts with, cut where a site suffix begins
            return g.length() >= 4 && t.startsWith(g) && SUFFIX_START.matcher(t.substring(g.length())).find();
        }
        return false;
    }

    private static final Pattern TRUTH_DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?.*");

    static boolean dateMatches(OffsetDateTime got, String truth) {
        if (got == null) {
            return false;
        }
        Matcher m = TRUTH_DATE.matcher(truth.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("truth date " + truth);
        }
        LocalDate d = got.toLocalDate();
        if (d.getYear() != Integer.parseInt(m.group(1))) {
            return false;
        }
        if (m.group(2) != null && d.getMonthValue() != Integer.parseInt(m.group(2))) {
            return false;
        }
        return m.group(3) == null || d.getDayOfMonth() == Integer.parseInt(m.group(3));
    }

    static Set<String> names(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s == null) {
            return out;
        }
        for (String n : s.split("[\\s\\u00A0\\u3000、，,;；]+")) {
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }
}
