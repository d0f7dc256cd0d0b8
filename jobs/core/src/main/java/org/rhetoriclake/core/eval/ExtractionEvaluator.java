package org.rhetoriclake.core.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.rhetoriclake.core.decode.Mojibake;

/**
 * Runs an extractor over a folder of pages and scores it against a {@link TruthIndex}.
 *
 * <p>For every page: title ({@link TitleMatch}), publication date at day and at minute level ({@link DateMatch}),
 * author ({@link AuthorMatch}), body character F1 ({@link BodyF1}) or, for passage truths, whether the body
 * contains the passage, and whether the decoded page looks garbled (a predicate, by default
 * {@link Mojibake#looksGarbled}). A field is scored only on pages whose truth has a value for it, so each field
 * has its own n. A page the extractor fails on (throws) scores 0 on every field its truth has. Pages without
 * any truth entry are still extracted and checked for mojibake.
 *
 * <p>Stateless apart from the predicate; pages are evaluated one after the other in path order.
 */
public final class ExtractionEvaluator {
    private final Predicate<String> looksGarbled;

    /** Mojibake judged by {@link Mojibake#looksGarbled}. */
    public ExtractionEvaluator() {
        this(Mojibake::looksGarbled);
    }

    /** Mojibake judged by {@code looksGarbled} (applied to each page's decoded text). */
    public ExtractionEvaluator(Predicate<String> looksGarbled) {
        this.looksGarbled = Objects.requireNonNull(looksGarbled, "looksGarbled");
    }

    /** Every {@code .html}/{@code .htm} file below {@code pagesDir}, in path order. */
    public static List<Path> pages(Path pagesDir) throws IOException {
        try (Stream<Path> files = Files.walk(pagesDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return (name.endsWith(".html") || name.endsWith(".htm")) && !name.startsWith(".");
                    })
                    .sorted()
                    .toList();
        }
    }

    /** Evaluates every page below {@code pagesDir}. */
    public EvaluationReport evaluate(Path pagesDir, TruthIndex truth, PageUnderTest extractor) throws IOException {
        Path root = pagesDir.toAbsolutePath().normalize();
        return evaluate(root, pages(root), truth, extractor);
    }

    /** Evaluates {@code pages}; their groups are their folders relative to {@code pagesDir}. */
    public EvaluationReport evaluate(Path pagesDir, List<Path> pages, TruthIndex truth, PageUnderTest extractor) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(extractor, "extractor");
        Path root = pagesDir.toAbsolutePath().normalize();
        List<EvaluationReport.PageRow> rows = new ArrayList<>();
        for (Path page : pages) {
            Path abs = page.toAbsolutePath().normalize();
            rows.add(evaluate(root, abs, truth.forPage(abs), extractor));
        }
        return new EvaluationReport(rows);
    }

    private EvaluationReport.PageRow evaluate(Path root, Path page, Optional<TruthIndex.Entry> truth,
            PageUnderTest extractor) {
        String name = page.startsWith(root) ? root.relativize(page).toString() : page.toString();
        Path parent = page.startsWith(root) ? root.relativize(page).getParent() : null;
        String group = parent == null ? "" : parent.toString();
        PageExtraction result = null;
        String error = null;
        try {
            result = extractor.extract(page);
        } catch (Exception | StackOverflowError e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        PageExtraction r = result != null ? result : new PageExtraction(null, null, null, null, null, null);
        boolean garbled = r.decodedText() != null && looksGarbled.test(r.decodedText());
        Map<Field, Double> scores = new EnumMap<>(Field.class);
        Map<Field, String> notes = new EnumMap<>(Field.class);
        if (truth.isPresent()) {
            score(truth.get(), r, scores, notes);
        }
        boolean hasTruth = truth.filter(TruthIndex.Entry::hasTruth).isPresent();
        return new EvaluationReport.PageRow(name, group, hasTruth, scores, notes, garbled, error);
    }

    /** Scores one extraction against one truth entry (public for callers that pair pages themselves). */
    public static void score(TruthIndex.Entry truth, PageExtraction r, Map<Field, Double> scores,
            Map<Field, String> notes) {
        truth.title().ifPresent(t -> {
            scores.put(Field.TITLE, hit(TitleMatch.matches(r.title(), t, truth.titleIsSubstring())));
            notes.put(Field.TITLE, String.valueOf(r.title()));
        });
        truth.published().ifPresent(d -> {
            scores.put(Field.DATE_DAY, hit(DateMatch.sameDay(d, r.publishedAt(), r.precision())));
            scores.put(Field.DATE_MINUTE, hit(DateMatch.sameMinute(d, r.publishedAt(), r.precision())));
            notes.put(Field.DATE_DAY, String.valueOf(r.publishedAt()));
        });
        truth.author().ifPresent(a -> {
            scores.put(Field.AUTHOR, hit(AuthorMatch.matches(r.author(), a)));
            notes.put(Field.AUTHOR, String.valueOf(r.author()));
        });
        truth.body().ifPresent(b -> {
            if (b instanceof BodyTruth.FullText full) {
                BodyF1.Score s = BodyF1.score(r.body(), full.text());
                scores.put(Field.BODY_F1, s.f1());
                notes.put(Field.BODY_F1, String.format(Locale.ROOT, "P %.3f R %.3f%s", s.precision(), s.recall(),
                        s.approximate() ? " (bag of characters)" : ""));
            } else if (b instanceof BodyTruth.Contains passage) {
                scores.put(Field.BODY_CONTAINS, hit(passage.foundIn(r.body())));
            }
        });
    }

    private static double hit(boolean ok) {
        return ok ? 1.0 : 0.0;
    }
}
