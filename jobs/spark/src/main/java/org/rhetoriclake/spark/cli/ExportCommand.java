package org.rhetoriclake.spark.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.lake.TableDef;
import org.rhetoriclake.spark.lake.TableExporter;
import org.rhetoriclake.spark.lake.Tables;
import org.rhetoriclake.spark.session.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rhetoric export TABLE --format jsonl|csv [--out FILE]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write one table (articles, entity_mentions, quotes, rejects, runs) as JSON Lines or CSV, "
                + "to stdout or a file, for tools outside Spark.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "TABLE", description = "Table name: articles, entity_mentions, quotes, rejects or runs.")
    String table;

    @Option(names = "--format", required = true, paramLabel = "jsonl|csv", description = "jsonl (one JSON object per line) or csv (header row; arrays as JSON).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: stdout).")
    Path out;

    @Override
    public Integer call() throws IOException {
        TableDef def = Tables.byName(table.toLowerCase(Locale.ROOT));
        TableExporter.Format fmt = switch (format.toLowerCase(Locale.ROOT)) {
            case "jsonl", "json" -> TableExporter.Format.JSONL;
            case "csv" -> TableExporter.Format.CSV;
            default -> throw new IllegalArgumentException("--format must be jsonl or csv, not " + format);
        };
        JobConfig config = common.resolve();
        try (SparkSessions.Handle session = SparkSessions.open(config, "rhetoric-export")) {
            SparkSession spark = session.session();
            Lakehouse lake = Lakehouse.open(spark, config.warehouse(), config.database());
            if (!lake.existsOnDisk(def)) {
                throw new IllegalArgumentException("table " + lake.qualified(def) + " does not exist in "
                        + config.warehouse() + " (run `rhetoric run` first)");
            }
            long n;
            if (out == null) {
                n = TableExporter.export(lake.table(def), def, fmt, spec.commandLine().getOut());
            } else {
                Path target = out.toAbsolutePath();
                if (target.getParent() != null) {
                    Files.createDirectories(target.getParent());
                }
                try (OutputStream os = Files.newOutputStream(target);
                     PrintWriter w = new PrintWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
                    n = TableExporter.export(lake.table(def), def, fmt, w);
                }
                spec.commandLine().getErr().printf(Locale.ROOT, "wrote %d rows of %s to %s%n", n,
                        lake.qualified(def), target);
            }
            return 0;
        }
    }
}
