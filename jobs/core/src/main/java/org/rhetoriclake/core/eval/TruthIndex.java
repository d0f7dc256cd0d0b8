package org.rhetoriclake.core.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The truth for a set of pages, read from an {@code INDEX.tsv} with the columns {@code html_file},
 * {@code truth_source}, {@code title}, {@code publish_time}, {@code author}, {@code body_truth} (header row
 * first; columns found by name, extra columns ignored).
 *
 * <p>Paths in {@code html_file} and {@code body_truth} are relative to the parent of the truth directory (the
 * data set's root, e.g. {@code dev/} for {@code dev/html-truth/INDEX.tsv} and {@code dev/html/...}). When a path
 * does not resolve there it is tried against the pages directory's parent, then (without its first segment)
 * against the pages or truth directory itself, so a copied or renamed layout still works.
 *
 * <p>Values: {@code UNKNOWN}, {@code UNKNWON} or an empty cell mean "no truth for this field". {@code body_truth}
 * is a {@code .txt} file (the cleaned body), an {@code .html} file (its text, one line per block, see
 * {@link BlockText}), or {@code contains: <passage>}. Rows whose {@code truth_source} mentions "substring", or
 * whose body is a {@code contains:} passage, give the title as a substring of the real one too.
 */
public final class TruthIndex {
    /**
     * One page's truth.
     *
     * @param htmlFile         the page path as written in the index
     * @param page             the resolved page file
     * @param source           the {@code truth_source} cell
     * @param title            the title, if known
     * @param titleIsSubstring the title truth is a passage of the real title, not all of it
     * @param published        the publication time, if known
     * @param author           the author(s), if known
     * @param body             the body truth, if known
     */
    public record Entry(String htmlFile, Path page, String source, Optional<String> title, boolean titleIsSubstring,
                        Optional<TruthDate> published, Optional<String> author, Optional<BodyTruth> body) {
        public Entry {
            Objects.requireNonNull(htmlFile, "htmlFile");
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(body, "body");
        }

        /** Whether the index gives any truth for this page. */
        public boolean hasTruth() {
            return title.isPresent() || published.isPresent() || author.isPresent() || body.isPresent();
        }
    }

    private final Map<Path, Entry> byPage;

    private TruthIndex(Map<Path, Entry> byPage) {
        this.byPage = byPage;
    }

    /** Reads {@code truthDir/INDEX.tsv}; paths resolve against {@code truthDir}'s parent. */
    public static TruthIndex load(Path truthDir) throws IOException {
        return load(truthDir, null);
    }

    /**
     * Reads {@code truthDir/INDEX.tsv} (or {@code truthDir} itself when it is the file), resolving paths as the
     * class comment says; {@code pagesDir} may be null.
     */
    public static TruthIndex load(Path truthDir, Path pagesDir) throws IOException {
        Path index = Files.isDirectory(truthDir) ? truthDir.resolve("INDEX.tsv") : truthDir;
        Path dir = index.toAbsolutePath().normalize().getParent();
        Path pages = pagesDir == null ? null : pagesDir.toAbsolutePath().normalize();
        List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException("empty truth index " + index);
        }
        String[] header = lines.get(0).replace("\uFEFF", "").split("\t", -1);
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            col.put(header[i].strip().toLowerCase(Locale.ROOT), i);
        }
        if (!col.containsKey("html_file")) {
            throw new IOException(index + ": no html_file column in the header");
        }
        Map<Path, Entry> byPage = new LinkedHashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String htmlFile = cell(cells, col, "html_file");
            if (htmlFile.isEmpty()) {
                continue;
            }
            String source = cell(cells, col, "truth_source");
            String bodyCell = cell(cells, col, "body_truth");
            Path page = resolve(htmlFile, dir, pages, false);
            Optional<BodyTruth> body = body(bodyCell, dir, pages);
            boolean substring = source.toLowerCase(Locale.ROOT).contains("substring")
                    || body.filter(b -> b instanceof BodyTruth.Contains).isPresent();
            String title = cell(cells, col, "title");
            String author = cell(cells, col, "author");
            Entry entry = new Entry(htmlFile, page, source,
                    TruthValues.isUnknown(title) ? Optional.empty() : Optional.of(title.strip()), substring,
                    TruthDate.parse(cell(cells, col, "publish_time")),
                    TruthValues.isUnknown(author) ? Optional.empty() : Optional.of(author.strip()), body);
            byPage.put(page, entry);
        }
        return new TruthIndex(byPage);
    }

    /** Every entry, in index order. */
    public List<Entry> entries() {
        return List.copyOf(byPage.values());
    }

    /** The entry for a page file (matched by resolved path, else by its path below a pages directory). */
    public Optional<Entry> forPage(Path page) {
        Path p = page.toAbsolutePath().normalize();
        Entry e = byPage.get(p);
        if (e != null) {
            return Optional.of(e);
        }
        // Same file reached through another root: match the longest common tail of at least two segments.
        Entry best = null;
        int bestTail = 1;
        for (Entry candidate : byPage.values()) {
            int tail = commonTail(candidate.page(), p);
            if (tail > bestTail) {
                best = candidate;
                bestTail = tail;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int commonTail(Path a, Path b) {
        int n = 0;
        for (int i = a.getNameCount() - 1, j = b.getNameCount() - 1; i >= 0 && j >= 0; i--, j--) {
            if (!a.getName(i).equals(b.getName(j))) {
                break;
            }
            n++;
        }
        return n;
    }

    private static String cell(String[] cells, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= cells.length ? "" : cells[i].strip();
    }

    private static Optional<BodyTruth> body(String cell, Path truthDir, Path pages) throws IOException {
        if (TruthValues.isUnknown(cell)) {
            return Optional.empty();
        }
        String lower = cell.toLowerCase(Locale.ROOT);
        if (lower.startsWith("contains:")) {
            String passage = cell.substring("contains:".length()).strip();
            return passage.isEmpty() ? Optional.empty() : Optional.of(new BodyTruth.Contains(passage));
        }
        Path file = resolve(cell, truthDir, pages, true);
        if (!Files.isRegularFile(file)) {
            throw new IOException("body truth not found: " + cell + " (looked at " + file + ")");
        }
        String text;
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            Document doc = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
            text = BlockText.of(doc.body());
        } else {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        return Optional.of(new BodyTruth.FullText(text));
    }

    /**
     * Resolves an index path: against the data set root (the truth directory's parent), the pages directory's
     * parent, then without its first segment against the pages directory (pages) or the truth directory (truth
     * files). The first existing candidate wins; when none exists the first candidate is returned.
     */
    static Path resolve(String relative, Path truthDir, Path pagesDir, boolean truthFile) {
        Path rel = Path.of(relative);
        if (rel.isAbsolute()) {
            return rel.normalize();
        }
        List<Path> candidates = new ArrayList<>();
        Path root = truthDir.getParent() != null ? truthDir.getParent() : truthDir;
        candidates.add(root.resolve(rel));
        if (pagesDir != null && pagesDir.getParent() != null) {
            candidates.add(pagesDir.getParent().resolve(rel));
        }
        if (rel.getNameCount() > 1) {
            Path tail = rel.subpath(1, rel.getNameCount());
            candidates.add((truthFile || pagesDir == null ? truthDir : pagesDir).resolve(tail));
        }
        candidates.add(truthDir.resolve(rel));
        for (Path c : candidates) {
            if (Files.exists(c)) {
                return c.toAbsolutePath().normalize();
            }
        }
        return candidates.get(0).toAbsolutePath().normalize();
    }
}
