package org.rhetoriclake.spark.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rhetoriclake.core.bench.IngestBenchmark;
import org.rhetoriclake.core.bench.NerCorpus;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.spark.bench.NerBenchmark;
import org.rhetoriclake.spark.stages.SharedModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bin/rhetoric bench …}: benchmarks that print figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures (not tests).",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Ner.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Ingest + parse throughput on one core, NLP off. */
    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest + parse throughput in MB/s on one core (reading, WARC records, charsets, HTML "
                    + "parsing, main-text extraction; NLP off), beside jsoup's parse alone on the same pages.")
    static final class Ingest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--input", paramLabel = "PATH", arity = "1..*",
                description = "Files or folders to read (default: data/sample and ../shared/dev/warc when present).")
        List<Path> inputs = new ArrayList<>();

        @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured rounds first, for the JIT (default ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds; the best and median are printed (default ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public Integer call() {
            JobConfig config = common.resolve();
            List<Path> in = new ArrayList<>(inputs);
            if (in.isEmpty()) {
                in.add(config.home().resolve("data/sample"));
                Path devWarcs = config.home().resolve("../shared/dev/warc").normalize();
                if (Files.isDirectory(devWarcs)) {
                    in.add(devWarcs);
                }
            }
            for (Path p : in) {
                if (!Files.exists(p)) {
                    throw new IllegalArgumentException("input path does not exist: " + p);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("inputs: " + in);
            IngestBenchmark.Result r = new IngestBenchmark(config.readOptions()).run(in, warmup, rounds);
            out.print(r.report());
            return 0;
        }
    }

    /** The job's NER stage beside raw CoreNLP on the same text, one core. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Throughput in chars/s of the job's NER stage (per article: CoreNLP per paragraph, then "
                    + "the mention rules, gazetteer and linking) beside raw CoreNLP (the same pipeline annotating the "
                    + "same paragraphs, nothing else), on one thread, with the ratio stage / raw and the overhead "
                    + "it means.",
                    "The text: the body paragraphs and subheadings of the articles read from the inputs, in their "
                            + "Simplified copy, one article per id, articles with a paragraph over "
                            + "rhetoric.ner.maxParagraphChars left out. The pipeline load is timed apart."})
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--input", paramLabel = "PATH", arity = "1..*",
                description = "Files or folders to read (default: data/sample, data/sample-web and ../shared/dev/html "
                        + "when present).")
        List<Path> inputs = new ArrayList<>();

        @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured rounds first, for the JIT (default ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds; each and the median are printed (default ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public Integer call() {
            if (warmup < 0 || rounds < 1) {
                throw new IllegalArgumentException("need --warmup >= 0 and --rounds >= 1");
            }
            JobConfig config = common.resolve();
            List<Path> in = new ArrayList<>(inputs);
            if (in.isEmpty()) {
                in.add(config.home().resolve("data/sample"));
                in.add(config.home().resolve("data/sample-web"));
                Path devHtml = config.home().resolve("../shared/dev/html").normalize();
                if (Files.isDirectory(devHtml)) {
                    in.add(devHtml);
                }
            }
            for (Path p : in) {
                if (!Files.exists(p)) {
                    throw new IllegalArgumentException("input path does not exist: " + p);
                }
            }
            SharedModels.Spec models = SharedModels.Spec.from(config);
            PrintWriter out = spec.commandLine().getOut();
            out.println("NER benchmark: the job's NER stage beside raw CoreNLP on the same text");
            out.println("inputs: " + in);
            NerCorpus corpus = NerCorpus.read(in, config.readOptions()).withinCap(models.maxParagraphChars());
            out.print(corpus.describe(models.maxParagraphChars()));
            out.flush();
            out.print(new NerBenchmark(models).run(corpus, warmup, rounds).report());
            out.flush();
            return 0;
        }
    }
}
