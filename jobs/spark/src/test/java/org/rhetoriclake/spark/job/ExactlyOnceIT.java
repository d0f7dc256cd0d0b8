package org.rhetoriclake.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.config.ConfigLoader;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.core.testing.TestPaths;
import org.rhetoriclake.spark.cli.RhetoricCli;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.lake.TableDef;
import org.rhetoriclake.spark.lake.Tables;
import org.rhetoriclake.spark.session.SparkSessions;

/**
 * Exactly once, against the real failure: a run killed with SIGKILL (a child JVM running {@code rhetoric run},
 * killed at chosen points of its writes) and then run again leaves every table as one clean run leaves it; two
 * runs started together on the same input leave no duplicate and the same tables too.
 *
 * <p>"The same" is row for row, over every table but {@code runs}, without the columns that name the run or the
 * time of writing (run_id, processed_at, ingested_at, rejected_at).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactlyOnceIT {
    /** Columns that differ between two runs writing the same rows. */
    private static final List<String> VOLATILE = List.of("run_id", "processed_at", "ingested_at", "rejected_at");

    @TempDir
    static Path tmp;

    private Path input;
    private SparkSession spark;
    private Map<String, List<String>> clean;

    @BeforeAll
    void cleanRun() throws IOException {
        input = Files.createDirectories(tmp.resolve("landing"));
        // Three of the sample articles: each run here pays for CoreNLP, and three articles exercise every table.
        try (Stream<Path> files = Files.list(TestPaths.projectRoot().resolve("data/sample"))) {
            for (Path f : files.sorted().limit(3).toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        Path broken = Files.createDirectories(input.resolve("broken"));
        try (Stream<Path> files = Files.list(TestPaths.projectRoot().resolve("data/broken"))) {
            for (Path f : files.toList()) {
                Files.copy(f, broken.resolve(f.getFileName()));
            }
        }
        spark = SparkSessions.create(config(tmp.resolve("clean")), "rhetoric-exactly-once-it");
        RunSummary summary = new RhetoricJob(spark, config(tmp.resolve("clean"))).run(List.of(input.toString()), false);
        assertEquals(3, summary.articlesWritten());
        clean = contents(tmp.resolve("clean"));
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private JobConfig config(Path warehouse) {
        return ConfigLoader.load(TestPaths.projectRoot(), TestPaths.projectRoot().resolve("conf/rhetoric.properties"),
                Map.of(JobConfig.WAREHOUSE, warehouse.toString(), JobConfig.MASTER, "local[2]",
                        "spark.sql.shuffle.partitions", "4"));
    }

    /**
     * Killed twice on one warehouse, then rerun: first while the bronze MERGE writes its data files (before any
     * silver or gold write; it may or may not have committed), then, on the next run, after the detail tables and
     * the articles committed and part of the aggregates rebuilt, before the file ledger. One warehouse for both
     * kills: each child JVM loads CoreNLP and Spark, and the second kill also shows that a run finds the debris
     * of an earlier killed run and goes on.
     */
    @Test
    void killedWhileWritingBronzeThenWhileRebuildingAggregatesThenRerun() throws Exception {
        Path warehouse = tmp.resolve("killed");
        kill(warehouse, "raw-records", dataFileAppears(Tables.RAW_RECORDS));
        kill(warehouse, "aggregates", commitAppears(org.rhetoriclake.spark.lake.AggregateTables.SPEAKER_WEEKLY, 1));

        RunSummary rerun = new RhetoricJob(spark, config(warehouse)).run(List.of(input.toString()), false);
        assertTrue(rerun.reconciles());
        assertSameAsClean(warehouse);
    }

    @Test
    void twoRunsStartedTogetherLeaveNoDuplicatesAndTheCleanTables() throws Exception {
        Path warehouse = tmp.resolve("concurrent");
        JobConfig config = config(warehouse);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RunSummary>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return new RhetoricJob(spark, config).run(List.of(input.toString()), false);
                }));
            }
            start.countDown();
            for (Future<RunSummary> run : runs) {
                assertTrue(run.get().reconciles(), "each run's counts reconcile");
            }
        } finally {
            pool.shutdownNow();
        }
        Lakehouse lake = Lakehouse.open(spark, warehouse, "rhetoric");
        for (TableDef t : Tables.ALL) {
            Dataset<Row> rows = lake.table(t);
            long keys = rows.select(t.key().stream().map(org.apache.spark.sql.functions::col)
                    .toArray(org.apache.spark.sql.Column[]::new)).distinct().count();
            assertEquals(keys, rows.count(), t.name() + ": one row per key");
        }
        assertEquals(2, lake.table(Tables.RUNS).filter("status = 'succeeded'").count(), "both runs succeeded");
        assertSameAsClean(warehouse);
    }

    /** Starts {@code rhetoric run} in a child JVM and SIGKILLs it when {@code killPoint} holds. */
    private void kill(Path warehouse, String name, Predicate<Path> killPoint) throws Exception {
        Process child = startChildRun(warehouse, tmp.resolve("child-" + name + ".log"));
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        boolean killed = false;
        while (System.nanoTime() < deadline) {
            if (killPoint.test(warehouse)) {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                killed = true;
                break;
            }
            if (!child.isAlive()) {
                fail("the child run ended (exit " + child.exitValue() + ") before the kill point '" + name + "'; log: "
                        + tmp.resolve("child-" + name + ".log"));
            }
            Thread.sleep(10);
        }
        assertTrue(killed, "kill point '" + name + "' reached within 10 minutes");
        child.waitFor();
        Lakehouse killedLake = Lakehouse.open(spark, warehouse, "rhetoric");
        assertEquals(0, killedLake.count(Tables.INGESTED_FILES),
                "killed at '" + name + "', before the ledger: no file is recorded as done");
    }

    private Process startChildRun(Path warehouse, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx4g");
        // The flags Spark needs on Java 17, as this JVM got them.
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("--add-exports") || arg.startsWith("--add-modules")
                    || arg.startsWith("-XX:+IgnoreUnrecognizedVMOptions") || arg.startsWith("-Djdk.reflect")) {
                command.add(arg);
            }
        }
        command.add("-Drhetoric.home=" + TestPaths.projectRoot());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RhetoricCli.class.getName(), "run",
                "--input", input.toString(), "--warehouse", warehouse.toString(), "--master", "local[2]",
                "--conf", "spark.sql.shuffle.partitions=4"));
        return new ProcessBuilder(command).directory(TestPaths.projectRoot().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A data file of {@code t} exists that no commit has added yet, or a commit beyond the creation: mid-write. */
    private static Predicate<Path> dataFileAppears(TableDef t) {
        return warehouse -> {
            Path dir = warehouse.resolve("rhetoric.db").resolve(t.name());
            if (!Files.isDirectory(dir)) {
                return false;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet")
                        && !f.toString().contains("_delta_log"));
            } catch (IOException | java.io.UncheckedIOException e) {
                return false; // a file vanished while walking: look again
            }
        };
    }

    /** The table has {@code n} commits after the one that created it. */
    private static Predicate<Path> commitAppears(TableDef t, int n) {
        return warehouse -> Files.exists(warehouse.resolve("rhetoric.db").resolve(t.name()).resolve("_delta_log")
                .resolve(String.format(java.util.Locale.ROOT, "%020d.json", n)));
    }

    private void assertSameAsClean(Path warehouse) {
        Map<String, List<String>> now = contents(warehouse);
        for (Map.Entry<String, List<String>> table : clean.entrySet()) {
            List<String> expected = table.getValue();
            List<String> actual = now.get(table.getKey());
            assertEquals(expected.size(), actual.size(), table.getKey() + ": row count");
            assertEquals(expected, actual, table.getKey() + ": rows");
        }
    }

    /** Every table but runs: its rows as sorted strings, without the volatile columns. */
    private Map<String, List<String>> contents(Path warehouse) {
        Lakehouse lake = Lakehouse.open(spark, warehouse, "rhetoric");
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (TableDef t : Tables.ALL) {
            if (t.equals(Tables.RUNS)) {
                continue;
            }
            Dataset<Row> rows = lake.table(t);
            for (String c : VOLATILE) {
                rows = rows.drop(c);
            }
            if (Arrays.asList(rows.columns()).contains("content")) {
                rows = rows.drop("content"); // bytes print as an address; content_hash stands for them
            }
            List<String> lines = new ArrayList<>(rows.collectAsList().stream().map(Row::toString).toList());
            lines.sort(null);
            out.put(t.name(), lines);
        }
        return out;
    }
}
