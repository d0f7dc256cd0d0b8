package org.rhetoriclake.spark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rhetoriclake.core.eval.EvaluationReport;
import org.rhetoriclake.core.eval.ExtractionEvaluator;
import org.rhetoriclake.core.eval.JobPageExtractor;
import org.rhetoriclake.core.eval.TruthIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bin/rhetoric eval …}: measures the job against human truth and prints the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the job against human truth.",
        subcommands = {EvalCommand.Extract.class, EvalCommand.Ner.class, EvalCommand.Quotes.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Page extraction against a truth folder in the INDEX.tsv layout. */
    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Extract every page under --pages as the job does and score it against --truth: title "
                    + "exact match, published date at day and minute level, author, body character F1, and pages "
                    + "decoded with mojibake.",
                    "--truth holds INDEX.tsv (html_file, truth_source, title, publish_time, author, body_truth; "
                            + "paths relative to the folder above it), as ../shared/dev/html-truth and "
                            + "data/sample-web-truth do."})
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--pages", required = true, paramLabel = "DIR", description = "Folder of saved pages (.html/.htm, any charset).")
        Path pages;

        @Option(names = "--truth", required = true, paramLabel = "DIR", description = "Folder with INDEX.tsv and the truth files.")
        Path truth;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(pages)) {
                throw new IllegalArgumentException("--pages is not a folder: " + pages);
            }
            if (!Files.isRegularFile(truth.resolve("INDEX.tsv"))) {
                throw new IllegalArgumentException("--truth has no INDEX.tsv: " + truth);
            }
            TruthIndex index = TruthIndex.load(truth.toAbsolutePath().normalize(), pages.toAbsolutePath().normalize());
            EvaluationReport report = new ExtractionEvaluator()
                    .evaluate(pages.toAbsolutePath().normalize(), index, new JobPageExtractor());
            PrintWriter out = spec.commandLine().getOut();
            out.print(report.toTable());
            out.flush();
            return 0;
        }
    }

    /** Entity mentions against a character-per-line BIO test set. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Run the job's entity stage (CoreNLP Chinese NER plus the mention rules) on every sentence "
                    + "of a character-per-line BIO file (PER/LOC/ORG, e.g. the People's Daily 1998 test set) and print "
                    + "exact-span precision, recall and F1 per type and overall.",
                    "Types: PER = PERSON; LOC = GPE and LOCATION (CoreNLP COUNTRY, CITY, STATE_OR_PROVINCE, GPE, "
                            + "LOCATION); ORG = ORGANIZATION; MISC is not scored."})
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        CommonOptions common;

        @Option(names = "--bio", required = true, paramLabel = "FILE", description = "The BIO file ('CHAR TAG' per line, blank line between sentences).")
        Path bio;

        @Option(names = "--limit", paramLabel = "N", description = "Only the first N sentences (default: all).")
        Integer limit;

        @Option(names = "--errors", paramLabel = "FILE", description = "Also write every missed and wrong span, "
                + "with what overlaps it and its sentence, to FILE (TSV, UTF-8).")
        Path errors;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(bio)) {
                throw new IllegalArgumentException("--bio is not a file: " + bio);
            }
            org.rhetoriclake.core.eval.BioCorpus corpus = org.rhetoriclake.core.eval.BioCorpus.read(bio);
            if (limit != null) {
                corpus = corpus.head(limit);
            }
            org.rhetoriclake.core.config.JobConfig config = common.resolve();
            org.rhetoriclake.core.entities.MentionBuilder builder = org.rhetoriclake.spark.stages.SharedModels
                    .mentionBuilder(org.rhetoriclake.spark.stages.SharedModels.Spec.from(config));
            long t0 = System.nanoTime();
            List<String> errorLines = new java.util.ArrayList<>();
            org.rhetoriclake.core.eval.SpanScores scores = org.rhetoriclake.core.eval.NerEvaluation.evaluate(corpus,
                    org.rhetoriclake.core.eval.NerEvaluation.predictor(builder), errors == null ? null : errorLines::add);
            if (errors != null) {
                Files.write(errors, errorLines, java.nio.charset.StandardCharsets.UTF_8);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            out.printf(java.util.Locale.ROOT, "%s: %d sentences, %d characters, %.1f s (%.0f chars/s, model load included)%n",
                    bio, corpus.sentences().size(), corpus.characters(), seconds, corpus.characters() / seconds);
            out.print(scores.toTable());
            out.flush();
            return 0;
        }
    }

    /** Quotes and speakers against gold files in the seed.json schema. */
    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Run the job's extraction, entity and quote stages on the input each gold file names "
                    + "(its \"file\", relative to --input) and print precision, recall and F1 for direct and "
                    + "indirect quotes, speaker accuracy on matched quotes, relays and not-quotes reported.",
                    "A predicted quote matches a gold one of the same kind when their texts overlap with a "
                            + "character-level F1 >= 0.6; the speaker is right when it equals the gold speaker or "
                            + "speaker_mention after normalisation (Simplified script, NFKC, no spaces, title marks "
                            + "or middle dots)."})
    static final class Quotes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        CommonOptions common;

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "A gold file, or a folder of them (*.json).")
        Path gold;

        @Option(names = "--input", required = true, paramLabel = "ROOT", description = "The folder the gold files' \"file\" paths are relative to.")
        Path input;

        @Option(names = "--errors", paramLabel = "FILE", description = "Also write every miss, extra, wrong speaker or relay and not-quote reported (TSV, UTF-8).")
        Path errors;

        @Option(names = "--without-ner", description = "Skip CoreNLP (speakers are then delimited by the quote rules alone): seconds instead of a minute, slightly different speakers.")
        boolean withoutNer;

        @Override
        public Integer call() throws IOException {
            if (!Files.exists(gold)) {
                throw new IllegalArgumentException("--gold does not exist: " + gold);
            }
            if (!Files.isDirectory(input)) {
                throw new IllegalArgumentException("--input is not a folder: " + input);
            }
            org.rhetoriclake.core.config.JobConfig config = common.resolve();
            org.rhetoriclake.spark.stages.SharedModels.Spec models = org.rhetoriclake.spark.stages.SharedModels.Spec.from(config);
            org.rhetoriclake.core.quotes.QuoteExtractor quotes = org.rhetoriclake.spark.stages.SharedModels.quoteExtractor(models);
            org.rhetoriclake.core.entities.MentionBuilder mentions = withoutNer ? null
                    : org.rhetoriclake.spark.stages.SharedModels.mentionBuilder(models);
            java.util.function.Function<org.rhetoriclake.core.model.Article, List<org.rhetoriclake.core.model.Quote>> extractor = article -> {
                List<org.rhetoriclake.core.model.EntityMention> found = List.of();
                if (mentions != null) {
                    try {
                        found = mentions.build(article);
                    } catch (org.rhetoriclake.core.entities.TextTooLongException e) {
                        found = List.of(); // as the job: the article keeps its quotes, without entity boundaries
                    }
                }
                return quotes.extract(article, found);
            };
            List<Path> files = org.rhetoriclake.core.eval.QuoteGold.files(gold);
            long t0 = System.nanoTime();
            org.rhetoriclake.core.eval.QuoteScores scores = new org.rhetoriclake.core.eval.QuoteEvaluation(
                    input.toAbsolutePath(), config.readOptions(), extractor).evaluate(files);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (errors != null) {
                Files.write(errors, scores.errors(), java.nio.charset.StandardCharsets.UTF_8);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(java.util.Locale.ROOT, "%s: %d gold files, %.1f s%s%n", gold, files.size(), seconds,
                    withoutNer ? " (without NER)" : " (model load included)");
            out.print(scores.toTable());
            out.flush();
            return 0;
        }
    }
}
