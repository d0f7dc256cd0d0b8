package org.rhetoriclake.spark.bi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.core.sql.SqlLibrary;
import org.rhetoriclake.core.testing.TestPaths;
import org.rhetoriclake.spark.job.RhetoricJob;
import org.rhetoriclake.spark.job.RunSummary;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.session.SparkSessions;
import org.rhetoriclake.spark.testing.SampleLakehouse;

/**
 * The BI endpoint end to end: the job writes the sample articles, {@code bin/trino} (the project's script,
 * as a user runs it) fetches the server when missing, starts it on a free port over the test's warehouse and
 * registers the tables; then every query of {@code sql/} answers the same rows on Spark and on Trino, every
 * table reads whole, and a later run of the job is visible to the running server.
 *
 * <p>Without a Java 22+ runtime this class fails (it does not skip): the endpoint is part of what the
 * build promises.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrinoIT {
    /** Parameter values beyond the defaults, so a parameter is seen to reach both engines. */
    private static final Map<String, List<Map<String, String>>> MORE_PARAMS = Map.of(
            "actor_weekly_mentions", List.of(Map.of("entity_id", "Q148")),
            "actor_cooccurrence_monthly", List.of(Map.of("min_articles", "2")),
            "top_speakers", List.of(Map.of("limit", "3")),
            "top_terms_by_side", List.of(Map.of("limit", "5")));

    @TempDir
    static Path tmp;

    private Path root;
    private JobConfig config;
    private SparkSession spark;
    private Path state;
    private int port;
    private boolean trinoLaunched;
    private Connection trino;

    @BeforeAll
    void runTheJobAndStartTrino() throws Exception {
        root = TestPaths.projectRoot();
        // Fails the class with the reason and the fix when no JDK 22+ is installed: a skip would hide it.
        TrinoSetup.findJava(System.getenv("TRINO_JAVA_HOME"), Path.of("/usr/lib/jvm"));
        Path warehouse = tmp.resolve("warehouse");
        state = tmp.resolve("trino-state");
        port = freePort();
        // The server starts (and on first use is fetched) while Spark runs the job: the two overlap.
        long t0 = System.nanoTime();
        trinoLaunched = true;
        Process start = script("start", "--no-register", "--warehouse", warehouse.toString(), "--port",
                Integer.toString(port), "--state", state.toString());

        config = SampleLakehouse.config(warehouse);
        spark = SparkSessions.create(config, "rhetoric-trino-it");
        // A copy of the sample lakehouse (written now if no test before wrote it): a test below appends a run.
        SampleLakehouse.copyTo(spark, warehouse);
        Lakehouse.open(spark, warehouse, config.database());

        String started = finish(start, "start");
        System.out.printf(Locale.ROOT, "TrinoIT: the job and bin/trino start, side by side, took %.1f s; bin/trino said:%n%s%n",
                (System.nanoTime() - t0) / 1e9, started);
        assertTrue(started.contains("started on 127.0.0.1:" + port), started);

        String registered = finish(script("register", "--warehouse", warehouse.toString(), "--port",
                Integer.toString(port), "--state", state.toString()), "register");
        assertTrue(registered.contains("registered [") && registered.contains("articles"), registered);
        trino = TrinoCatalog.connect("jdbc:trino://127.0.0.1:" + port + "/delta/" + config.database(), "rhetoric-it");
    }

    @AfterAll
    void stopTrinoAndSpark() throws Exception {
        try {
            if (trino != null) {
                trino.close();
            }
        } finally {
            try {
                if (trinoLaunched) {
                    // Stopped even when the start failed half way: no server outlives the test.
                    System.out.println("TrinoIT: " + finish(script("stop", "--port", Integer.toString(port), "--state",
                            state.toString()), "stop"));
                }
            } finally {
                if (spark != null) {
                    spark.stop();
                }
            }
        }
    }

    @Test
    void everyQueryOfTheLibraryAnswersTheSameRowsOnSparkAndTrino() throws SQLException {
        SqlLibrary library = SqlLibrary.load(root.resolve("sql"));
        assertTrue(library.queries().size() >= 8, "the SQL library is there");
        assertTrue(library.queries().stream().map(SqlLibrary.Query::name).toList().containsAll(MORE_PARAMS.keySet()),
                "the extra parameter values name queries of the library");
        // The term the samples' speakers use most, so the term query is also compared on rows.
        String busiestTerm = spark.sql("SELECT term FROM rhetoric.rhetoric_hits WHERE quote_id IS NOT NULL "
                + "GROUP BY term ORDER BY count(*) DESC, term LIMIT 1").head().getString(0);
        for (SqlLibrary.Query q : library.queries()) {
            List<Map<String, String>> runs = new ArrayList<>();
            runs.add(Map.of());
            runs.addAll(MORE_PARAMS.getOrDefault(q.name(), List.of()));
            if (q.params().stream().anyMatch(p -> p.name().equals("term"))) {
                runs.add(Map.of("term", busiestTerm));
            }
            long rows = 0;
            for (Map<String, String> params : runs) {
                String sql = q.render(params);
                List<List<Object>> onSpark = spark(sql);
                List<List<Object>> onTrino = trino(sql);
                rows += onSpark.size();
                assertSameRows(q.name() + " " + params, onSpark, onTrino);
            }
            assertTrue(rows > 0, q.name() + " has rows on the samples, so the comparison means something");
        }
    }

    @Test
    void everyTableIsRegisteredAndReadsWhole() throws SQLException {
        Map<String, Path> tables = TrinoCatalog.warehouseTables(config.warehouse(), config.database());
        assertTrue(tables.keySet().containsAll(List.of("articles", "entity_mentions", "quotes", "rhetoric_hits",
                "entities", "rejects", "runs")), tables.keySet().toString());
        List<String> registered = new ArrayList<>();
        try (Statement s = trino.createStatement(); ResultSet rs = s.executeQuery("SHOW TABLES")) {
            while (rs.next()) {
                registered.add(rs.getString(1));
            }
        }
        assertEquals(List.copyOf(tables.keySet()), registered.stream().sorted().toList());
        for (String table : tables.keySet()) {
            long sparkRows = spark.read().format("delta").load(tables.get(table).toString()).count();
            // Every column of every row is decoded: a type Trino cannot read fails here, not in a dashboard.
            long trinoRows = 0;
            try (Statement s = trino.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    trinoRows++;
                }
            }
            assertEquals(sparkRows, trinoRows, table);
        }
    }

    @Test
    void aLaterRunIsVisibleWithoutRestartAndRegisteringAgainChangesNothing() throws Exception {
        long before = trinoCount("articles");
        long quotesBefore = trinoCount("quotes");
        assertEquals(spark.sql("SELECT count(*) FROM rhetoric.articles").head().getLong(0), before);
        Path page = root.resolve("data/sample-web/pages/2024-12-21_taiwan-arms-sale-reaction.html");
        assertTrue(Files.isRegularFile(page), page.toString());
        RunSummary run = new RhetoricJob(spark, config).run(List.of(page.toString()), false);
        assertEquals(1, run.articlesWritten());

        assertEquals(before + 1, trinoCount("articles"), "the running server reads the new Delta commit");
        assertEquals(spark.sql("SELECT count(*) FROM rhetoric.quotes").head().getLong(0), trinoCount("quotes"));
        assertTrue(trinoCount("quotes") > quotesBefore, "the new article's quotes are there too");

        String again = finish(script("register", "--warehouse", config.warehouse().toString(), "--port",
                Integer.toString(port), "--state", state.toString()), "register");
        assertTrue(again.contains("registered [], re-registered [], unregistered [], unchanged "
                + TrinoCatalog.warehouseTables(config.warehouse(), config.database()).size()), again);
        String status = finish(script("status", "--port", Integer.toString(port), "--state", state.toString()), "status");
        assertTrue(status.contains("ready"), status);
    }

    // ---------------------------------------------------------------- helpers

    private long trinoCount(String table) throws SQLException {
        try (Statement s = trino.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private List<List<Object>> spark(String sql) {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : spark.sql(sql).collectAsList()) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                row.add(normalise(r.get(i)));
            }
            out.add(row);
        }
        return out;
    }

    private List<List<Object>> trino(String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = trino.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String type = md.getColumnTypeName(i).toLowerCase(Locale.ROOT);
                    // Dates as Trino writes them (ISO), so no JVM time zone comes between the two engines.
                    row.add(type.equals("date") ? rs.getString(i) : normalise(rs.getObject(i)));
                }
                out.add(row);
            }
        }
        return out;
    }

    /** One representation for both drivers: whole numbers as long, others as double, dates and instants as ISO text. */
    static Object normalise(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValueExact() : (Object) d.doubleValue();
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        // Trino serves Delta timestamps in milliseconds; Spark keeps microseconds.
        if (v instanceof Instant t) {
            return t.truncatedTo(ChronoUnit.MILLIS).toString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().truncatedTo(ChronoUnit.MILLIS).toString();
        }
        return v.toString();
    }

    static void assertSameRows(String what, List<List<Object>> expected, List<List<Object>> actual) {
        assertEquals(expected.size(), actual.size(), what + ": row count\nspark: " + expected + "\ntrino: " + actual);
        for (int r = 0; r < expected.size(); r++) {
            List<Object> e = expected.get(r);
            List<Object> a = actual.get(r);
            assertEquals(e.size(), a.size(), what + " row " + r);
            for (int c = 0; c < e.size(); c++) {
                Object x = e.get(c);
                Object y = a.get(c);
                if (x instanceof Double dx && y instanceof Double dy) {
                    assertEquals(dx, dy, 1e-9 * Math.max(1, Math.abs(dx)), what + " row " + r + " column " + c);
                } else if (!java.util.Objects.equals(x, y)) {
                    fail(what + " row " + r + " column " + c + ": spark " + x + " (" + type(x) + "), trino " + y
                            + " (" + type(y) + ")\nspark: " + expected + "\ntrino: " + actual);
                }
            }
        }
    }

    private static String type(Object o) {
        return o == null ? "null" : o.getClass().getSimpleName();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Starts {@code bin/trino ARGS}; the build is this one, so the script must not build again. */
    private Process script(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(root.resolve("bin/trino").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("bin-trino-" + args[0] + "-" + System.nanoTime() + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("RHETORIC_SKIP_BUILD", "1");
        env.remove("RHETORIC_TRINO_PORT");
        env.remove("RHETORIC_TRINO_STATE");
        Process p = pb.start();
        p.getOutputStream().close();
        OUTPUTS.put(p, pb.redirectOutput().file().toPath());
        return p;
    }

    private static final Map<Process, Path> OUTPUTS = new LinkedHashMap<>();

    /** Waits for a script run (the first start may fetch ~800 MB) and returns its output; fails on a non-zero exit. */
    private static String finish(Process p, String what) throws Exception {
        boolean done = p.waitFor(15, TimeUnit.MINUTES);
        if (!done) {
            p.destroy();
        }
        String out = Files.readString(OUTPUTS.remove(p), StandardCharsets.UTF_8);
        assertTrue(done, "bin/trino " + what + " did not end within 15 minutes:\n" + out);
        assertEquals(0, p.exitValue(), "bin/trino " + what + " failed:\n" + out);
        return out;
    }
}
