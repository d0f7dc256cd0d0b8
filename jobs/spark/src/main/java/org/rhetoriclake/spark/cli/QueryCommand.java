package org.rhetoriclake.spark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.core.sql.SqlLibrary;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.lake.TableExporter;
import org.rhetoriclake.spark.session.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rhetoric query NAME [--param k=v]... [--format table|csv|jsonl]}: one query of the SQL library. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run one query of the SQL library (sql/NAME.sql) on the lakehouse and print its result.",
                "Without NAME, list the queries with their parameters."})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The query: a file name in sql/ without .sql.")
    String name;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter of the query (see the list). Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|jsonl", description = "Output format (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--sql-dir", paramLabel = "DIR", description = "The SQL library folder (default: sql/ in the project).")
    Path sqlDir;

    @Override
    public Integer call() {
        JobConfig config = common.resolve();
        SqlLibrary library = SqlLibrary.load(sqlDir != null ? sqlDir : config.home().resolve("sql"));
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            for (SqlLibrary.Query q : library.queries()) {
                out.printf(Locale.ROOT, "%s%n    %s%n", q.name(), q.description());
                q.params().forEach(p -> out.printf(Locale.ROOT, "    --param %s=%s  (%s)%n", p.name(), p.defaultValue(), p.doc()));
            }
            out.flush();
            return 0;
        }
        SqlLibrary.Query query = library.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "no query '" + name + "'; the library has " + library.queries().stream().map(SqlLibrary.Query::name).toList()));
        TableExporter.Format fmt = switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> TableExporter.Format.TABLE;
            case "csv" -> TableExporter.Format.CSV;
            case "jsonl", "json" -> TableExporter.Format.JSONL;
            default -> throw new IllegalArgumentException("--format must be table, csv or jsonl, not " + format);
        };
        String sql = query.render(params);
        try (SparkSessions.Handle session = SparkSessions.open(config, "rhetoric-query")) {
            SparkSession spark = session.session();
            Lakehouse.open(spark, config.warehouse(), config.database());
            TableExporter.write(spark.sql(sql), fmt, out);
        }
        return 0;
    }
}
