package org.rhetoriclake.spark.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.lake.TableDef;
import org.rhetoriclake.spark.lake.Tables;
import org.rhetoriclake.spark.session.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rhetoric maintain}: compacts the small files frequent runs leave ({@code OPTIMIZE}) and deletes the
 * files no table version within the retention still needs ({@code VACUUM}), for every table of the lakehouse or
 * the ones named.
 *
 * <p>Safe by default: VACUUM keeps what each table's own retention says ({@code delta.deletedFileRetentionDuration},
 * 7 days unless a table sets less; Delta 4 ignores a retention given to the VACUUM command itself), so readers and
 * time travel within a week keep working. Only the lakehouse's own tables are touched, each by its path under the
 * warehouse, and only a folder that is a Delta table ({@code _delta_log}) is vacuumed: no setting or argument
 * makes this command delete anything outside the warehouse.
 */
@Command(name = "maintain", mixinStandardHelpOptions = true,
        description = "OPTIMIZE and VACUUM the tables of the lakehouse (VACUUM keeps each table's retention, 7 days by default).")
final class MaintainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--table", paramLabel = "NAME", description = "Only this table (repeatable; default: all).")
    List<String> only = new ArrayList<>();

    @Option(names = "--no-optimize", description = "Skip OPTIMIZE.")
    boolean noOptimize;

    @Option(names = "--no-vacuum", description = "Skip VACUUM.")
    boolean noVacuum;

    @Override
    public Integer call() {
        List<TableDef> tables = only.isEmpty() ? Tables.ALL
                : only.stream().map(n -> Tables.byName(n.toLowerCase(Locale.ROOT))).toList();
        JobConfig config = common.resolve();
        PrintWriter out = spec.commandLine().getOut();
        try (SparkSessions.Handle session = SparkSessions.open(config, "rhetoric-maintain")) {
            SparkSession spark = session.session();
            Lakehouse lake = Lakehouse.open(spark, config.warehouse(), config.database());
            Path warehouse = config.warehouse().toAbsolutePath().normalize();
            for (TableDef t : tables) {
                Path path = lake.tablePath(t).toAbsolutePath().normalize();
                if (!path.startsWith(warehouse) || !Files.isDirectory(path.resolve("_delta_log"))) {
                    out.printf(Locale.ROOT, "%-22s not a Delta table under the warehouse, left alone%n", t.name());
                    continue;
                }
                String table = "delta.`" + path + "`";
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", t.name()));
                if (!noOptimize) {
                    Row metrics = spark.sql("OPTIMIZE " + table).select("metrics.numFilesAdded", "metrics.numFilesRemoved").head();
                    line.append(String.format(Locale.ROOT, " optimize: %d files compacted into %d", metrics.getLong(1), metrics.getLong(0)));
                }
                if (!noVacuum) {
                    long deleted = spark.sql("VACUUM " + table + " DRY RUN").count();
                    spark.sql("VACUUM " + table);
                    line.append(String.format(Locale.ROOT, "; vacuum: %d files deleted", deleted));
                }
                out.println(line);
            }
        }
        out.flush();
        return 0;
    }
}
