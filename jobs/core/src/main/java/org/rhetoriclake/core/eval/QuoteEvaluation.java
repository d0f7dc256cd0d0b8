package org.rhetoriclake.core.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.rhetoriclake.core.extract.ArticleParser;
import org.rhetoriclake.core.extract.SimplifiedCopy;
import org.rhetoriclake.core.ingest.InputFiles;
import org.rhetoriclake.core.ingest.ReadOptions;
import org.rhetoriclake.core.ingest.RecordStream;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.Quote;
import org.rhetoriclake.core.model.RawRecord;

/**
 * Runs quote extraction on the inputs a set of gold files describe and scores it ({@link QuoteScores}). Each
 * input goes through what the job runs: format recognition, decoding, article extraction, the Simplified copy,
 * then {@code extractor} (the job's entity and quote stages, or any stand-in). So the figures describe the
 * tables. An input that yields no article scores as all its gold quotes missed.
 */
public final class QuoteEvaluation {
    private final Path root;
    private final ReadOptions options;
    private final Function<Article, List<Quote>> extractor;

    /**
     * @param root      the folder the gold {@code file} paths are relative to
     * @param extractor quotes of one article (given in Simplified script, as the job's stages see it)
     */
    public QuoteEvaluation(Path root, ReadOptions options, Function<Article, List<Quote>> extractor) {
        this.root = Objects.requireNonNull(root, "root");
        this.options = Objects.requireNonNull(options, "options");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Scores every gold file; the gold files' order is the error lines' order. */
    public QuoteScores evaluate(List<Path> goldFiles) {
        QuoteScores scores = new QuoteScores();
        for (Path f : goldFiles) {
            QuoteGold gold = QuoteGold.read(f);
            Article article = article(root.resolve(gold.file()));
            List<Quote> predicted = article == null ? List.of() : extractor.apply(SimplifiedCopy.of(article));
            scores.add(gold.docId(), gold.quotes(), gold.notQuotes(), predicted);
        }
        return scores;
    }

    /** The first article the input yields as the job reads it, or null when it yields none. */
    Article article(Path input) {
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("gold input is not a file: " + input);
        }
        ArticleParser parser = new ArticleParser();
        try (RecordStream stream = InputFiles.open(input.toString(), Files.newByteChannel(input, StandardOpenOption.READ),
                options)) {
            List<Article> found = new ArrayList<>();
            while (stream.hasNext() && found.isEmpty()) {
                if (stream.next() instanceof Outcome.Ok<RawRecord> read
                        && parser.parse(read.value()) instanceof Outcome.Ok<Article> ok) {
                    found.add(ok.value());
                }
            }
            return found.isEmpty() ? null : found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
        }
    }
}
