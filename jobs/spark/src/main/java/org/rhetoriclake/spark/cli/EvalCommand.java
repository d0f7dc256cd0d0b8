package org.rhetoriclake.spark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
        subcommands = {EvalCommand.Extract.class})
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
}
