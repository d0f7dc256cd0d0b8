package org.rhetoriclake.spark.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.spark.job.RhetoricJob;
import org.rhetoriclake.spark.job.RunSummary;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.lake.TableDef;
import org.rhetoriclake.spark.lake.Tables;
import org.rhetoriclake.spark.session.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rhetoric run --input PATH...}: read inputs, write the tables, print what was written. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Read news dumps (files or folders) and MERGE articles, entity mentions, quotes and "
                + "rejects into the Delta tables. Prints the tables, their row counts and this run's rejects.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Input files or folders (read recursively; hidden files skipped).")
    List<String> inputs;

    @Option(names = "--reprocess", description = "Read every input file again, even those rhetoric.ingested_files has, and analyse every article again, even those the lake has unchanged.")
    boolean reprocess;

    @Override
    public Integer call() {
        JobConfig config = common.resolve();
        PrintWriter out = spec.commandLine().getOut();
        try (SparkSessions.Handle session = SparkSessions.open(config, "rhetoric-run")) {
            SparkSession spark = session.session();
            RunSummary s = new RhetoricJob(spark, config).run(inputs, reprocess);
            print(out, s, Lakehouse.open(spark, config.warehouse(), config.database()));
            return s.reconcilesPerSource() ? 0 : 1;
        }
    }

    private static final int MAX_FILES_SHOWN = 40;

    static void print(PrintWriter out, RunSummary s, Lakehouse lake) {
        out.printf(Locale.ROOT, "Rhetoric Lake run %s succeeded in %.1f s%n", s.runId(), s.elapsed().toMillis() / 1000.0);
        out.printf(Locale.ROOT, "inputs: %s (%d files read, %d already processed and not read again)%n",
                String.join(" ", s.inputs()), s.files(), s.filesAlreadyProcessed());
        out.printf(Locale.ROOT, "records: read %d = written %d + skipped %d + rejected %d%s%n", s.recordsRead(),
                s.articlesWritten(), s.skipped(), s.rejected(), s.reconciles() ? "" : "   <-- DOES NOT RECONCILE");
        s.skipReasons().forEach((reason, n) -> out.printf(Locale.ROOT, "  skipped %-28s %d%n", reason, n));
        if (s.perSource().size() > 1) {
            out.printf(Locale.ROOT, "per file (read = written + skipped + rejected):%n");
            int shown = 0;
            for (RunSummary.SourceCounts c : s.perSource()) {
                if (shown++ == MAX_FILES_SHOWN) {
                    out.printf(Locale.ROOT, "  … %d more files in rhetoric.runs.per_source%n",
                            s.perSource().size() - MAX_FILES_SHOWN);
                    break;
                }
                out.printf(Locale.ROOT, "  %6d = %6d + %6d + %6d  %s%s%n", c.recordsRead(), c.articlesWritten(),
                        c.skipped(), c.rejected(), c.source(), c.reconciles() ? "" : "   <-- DOES NOT RECONCILE");
            }
        }
        out.printf(Locale.ROOT, "this run: %d entity mentions, %d quotes, %d partial rejects%n", s.mentionsWritten(),
                s.quotesWritten(), s.partialRejects());
        out.printf(Locale.ROOT, "tables in database %s (warehouse %s):%n", lake.database(), lake.warehouse());
        for (TableDef t : Tables.ALL) {
            out.printf(Locale.ROOT, "  %-31s %8d rows%n", lake.qualified(t), lake.count(t));
        }
        if (!s.rejects().isEmpty()) {
            out.printf(Locale.ROOT, "rejects this run (%d):%n", s.rejects().size());
            for (RunSummary.RejectLine r : s.rejects()) {
                out.printf(Locale.ROOT, "  %-8s %-28s %s@%d  %s%n", r.stage(), r.reason(), r.source(), r.offset(),
                        r.detail());
            }
        }
    }
}
