package org.rhetoriclake.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhetoriclake.core.config.ConfigLoader;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.core.testing.TestPaths;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.lake.Tables;
import org.rhetoriclake.spark.session.SparkSessions;

/**
 * The job as a scheduler runs it on a cluster: {@code spark-submit --deploy-mode cluster} of the job jar, with the
 * CoreNLP models jar and Delta as {@code --jars} and the settings of {@code conf/spark-submit/standalone.conf}, to
 * a Spark standalone master and worker started here. The driver runs on the worker, in a folder with no checkout
 * and no {@code rhetoric.home}; no JVM of the cluster, nor this one, has the 1.6 GB models-chinese jar.
 *
 * <p>While the cluster works, this JVM reads and analyses the same inputs itself ({@link LocalAnalysis}: CoreNLP from
 * the models jar, the job's own code, no Spark); then it opens the warehouse the driver wrote, checks the tables
 * and compares articles, mentions and quotes with its own, row for row. On a failure it prints the logs of the driver, the executor, the master and the worker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkSubmitIT {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(25);
    /** The files conf/corenlp-chinese.properties names, plus the segmenter dictionaries ctb.gz reads. */
    private static final Pattern MODEL_PATH = Pattern.compile("edu/stanford/nlp/models/\\S+");

    private SubmitBuild build;
    private Path tmp;
    private StandaloneCluster cluster;
    private Path input;
    private Path warehouse;
    private SparkSession spark;

    @BeforeAll
    void startCluster() throws IOException, InterruptedException {
        build = SubmitBuild.fromSystemProperties();
        // Under target/, kept after the run: the cluster's logs are there to read when it failed. Only the
        // latest run is kept (each executor's folder holds a copy of the 464 MB models jar).
        Path base = Files.createDirectories(Path.of(System.getProperty("rhetoric.submit.testDir",
                System.getProperty("java.io.tmpdir"))));
        try (Stream<Path> earlier = Files.list(base)) {
            for (Path run : earlier.filter(p -> p.getFileName().toString().startsWith("spark-submit-it-")).toList()) {
                deleteRecursively(run);
            }
        }
        tmp = Files.createTempDirectory(base, "spark-submit-it-");
        input = Files.createDirectories(tmp.resolve("landing"));
        try (Stream<Path> files = Files.list(TestPaths.projectRoot().resolve("data/sample"))) {
            for (Path f : files.toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        warehouse = tmp.resolve("warehouse");
        // 3 cores: the driver's 1 and the executor's 2. Memory: driver 1g + executor 3g.
        cluster = StandaloneCluster.start(build, tmp.resolve("cluster"), 3, "5g");
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void jarsHoldWhatTheClusterNeedsAndNothingSparkShips() throws IOException {
        Set<String> job = entries(build.jobJar());
        assertTrue(job.contains("org/rhetoriclake/spark/cli/RhetoricCli.class"));
        assertTrue(job.contains("edu/stanford/nlp/pipeline/StanfordCoreNLP.class"), "CoreNLP's code");
        assertTrue(job.contains("org/rhetoriclake/nlp/corenlp-chinese.properties"), "the built-in CoreNLP properties");
        assertTrue(job.contains("org/rhetoriclake/gazetteer/actors.tsv"), "the built-in gazetteer");
        for (String provided : List.of("org/apache/spark/", "scala/", "io/delta/", "org/apache/hadoop/", "com/ibm/icu/",
                "com/fasterxml/jackson/databind/", "org/slf4j/", "com/google/protobuf/", "edu/stanford/nlp/models/")) {
            assertFalse(job.stream().anyMatch(e -> e.startsWith(provided)), "the job jar holds " + provided);
        }
        // Inside the job jar, Xerces would become the JAXP parser of Spark and Hadoop too.
        assertFalse(job.contains("META-INF/services/javax.xml.parsers.DocumentBuilderFactory"));

        Set<String> models = entries(build.modelsJar()).stream().filter(e -> !e.endsWith("/") && !e.startsWith("META-INF/"))
                .collect(Collectors.toCollection(TreeSet::new));
        String properties = Files.readString(TestPaths.projectRoot().resolve("conf/corenlp-chinese.properties"),
                StandardCharsets.UTF_8);
        Matcher m = MODEL_PATH.matcher(properties.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n")));
        Set<String> named = new TreeSet<>();
        while (m.find()) {
            named.add(m.group());
        }
        String dict = "edu/stanford/nlp/models/segmenter/chinese";
        assertTrue(named.remove(dict), "segment.sighanCorporaDict names the segmenter folder");
        Set<String> expected = new TreeSet<>(named);
        expected.addAll(List.of(dict + "/dict/character_list", dict + "/dict/in.ctb", dict + "/dict/ctb.non",
                dict + "/dict/pos_close/char.ctb.list"));
        assertEquals(expected, models, "the models jar holds exactly the files the properties name and ctb.gz reads");
        assertFalse(build.sparkClasspath().contains("models-chinese"));
        try (Stream<Path> jars = Files.list(build.sparkHome().resolve("jars"))) {
            assertTrue(jars.noneMatch(j -> j.getFileName().toString().contains("stanford-corenlp")), "CoreNLP in SPARK_HOME");
        }
        assertFalse(System.getProperty("java.class.path").contains("models-chinese"), "models-chinese on the test's classpath");
    }

    @Test
    void clusterModeRunWritesTheTablesALocalAnalysisAgreesWith() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Process submit = submit();
            // The reference, made while the cluster works (its driver spends the first minute creating tables).
            Future<LocalAnalysis> local = background.submit(() -> LocalAnalysis.of(input, driverLikeConfig()));
            assertTrue(submit.waitFor(RUN_TIMEOUT.toMinutes(), TimeUnit.MINUTES), "spark-submit returned within " + RUN_TIMEOUT);
            String submitLog = Files.readString(tmp.resolve("spark-submit.log"), StandardCharsets.UTF_8);
            assertEquals(0, submit.exitValue(), "spark-submit's exit code; its log:\n" + submitLog);

            JsonNode drivers = cluster.state().path("completeddrivers");
            assertEquals(1, drivers.size(), "one driver ran: " + drivers);
            assertEquals("FINISHED", drivers.get(0).path("state").asText(), "the driver's end (FAILED: exit code not 0)");

            String driverOut = readAll(cluster.processLogs(false, "stdout"));
            String driverErr = readAll(cluster.processLogs(false, "stderr"));
            assertTrue(driverOut.matches("(?s).*Rhetoric Lake run \\S+ succeeded.*"), "run summary on the driver's stdout");
            assertTrue(driverOut.contains("records: read 6 = written 6 + skipped 0 + rejected 0"), driverOut);
            // No checkout where the driver runs: the CoreNLP properties come from the jar, and the log says so.
            assertTrue(driverErr.contains("CoreNLP properties: built-in classpath:/org/rhetoriclake/nlp/corenlp-chinese.properties"),
                    "the driver logs that it used the jar's CoreNLP properties");

            List<Path> executorErr = cluster.processLogs(true, "stderr");
            assertEquals(1, executorErr.size(), "one executor: " + executorErr);
            String executorLog = readAll(executorErr);
            assertEquals(1, count(executorLog, "CoreNLP pipeline constructed"), "one pipeline for the executor's 2 tasks");
            for (String launch : (driverErr + executorLog).lines().filter(l -> l.contains("Command: ")).toList()) {
                assertFalse(launch.contains("models-chinese"), launch);
            }

            checkTables(local.get(RUN_TIMEOUT.toMinutes(), TimeUnit.MINUTES));
        } catch (AssertionError | Exception e) {
            System.err.println("SparkSubmitIT failed; the cluster's logs:" + cluster.logs());
            throw e;
        } finally {
            background.shutdownNow();
        }
    }

    /** Configured as the driver is: no checkout, so the jar's CoreNLP properties, lexicons and gazetteer. */
    private JobConfig driverLikeConfig() {
        return ConfigLoader.load(tmp.resolve("no-checkout"), null,
                Map.of(JobConfig.WAREHOUSE, warehouse.toString(), JobConfig.MASTER, "local[1]"));
    }

    private Process submit() throws IOException {
        String flags = String.join(" ", build.jvmFlags());
        String jars = Stream.concat(Stream.of(build.modelsJar()), build.deltaJars().stream()).map(Path::toString)
                .collect(Collectors.joining(","));
        List<String> args = new ArrayList<>(List.of(
                "--master", cluster.masterUrl(),
                "--properties-file", TestPaths.projectRoot().resolve("conf/spark-submit/standalone.conf").toString(),
                "--class", "org.rhetoriclake.spark.cli.RhetoricCli",
                "--jars", jars,
                // This machine's share, instead of the file's production sizes; the flags as the build has them.
                "--driver-memory", "1g", "--executor-memory", "3g", "--executor-cores", "2", "--total-executor-cores", "2",
                "--conf", "spark.driver.extraJavaOptions=" + flags,
                "--conf", "spark.executor.extraJavaOptions=" + flags,
                "--conf", "spark.databricks.delta.snapshotPartitions=2",
                "--conf", "spark.sql.shuffle.partitions=2",
                build.jobJar().toString(),
                "run", "--input", input.toString(), "--warehouse", warehouse.toString()));
        ProcessBuilder pb = new ProcessBuilder(cluster.javaCommand("512m", List.of(), "org.apache.spark.deploy.SparkSubmit", args))
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("spark-submit.log").toFile());
        pb.environment().putAll(cluster.environment());
        return pb.start();
    }

    private void checkTables(LocalAnalysis expected) {
        spark = SparkSessions.create(driverLikeConfig(), "spark-submit-it");
        Lakehouse lake = Lakehouse.open(spark, warehouse, "rhetoric");

        assertEquals(6, lake.count(Tables.ARTICLES), "articles");
        List<Row> runs = lake.table(Tables.RUNS).collectAsList();
        assertEquals(1, runs.size(), "runs");
        Row run = runs.get(0);
        assertEquals("succeeded", run.getAs("status"));
        assertEquals(6L, run.<Long>getAs("records_read"));
        assertEquals(run.<Long>getAs("records_read"),
                run.<Long>getAs("articles_written") + run.<Long>getAs("skipped") + run.<Long>getAs("rejected"), "run reconciles");
        assertEquals(lake.count(Tables.ENTITY_MENTIONS), run.<Long>getAs("mentions_written"), "mentions_written");
        assertEquals(lake.count(Tables.QUOTES), run.<Long>getAs("quotes_written"), "quotes_written");
        assertEquals(6, lake.count(Tables.INGESTED_FILES), "the ledger has every input file");

        Set<String> articleIds = lake.table(Tables.ARTICLES).select("article_id").collectAsList().stream()
                .map(r -> r.getString(0)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> mentions = lake.table(Tables.ENTITY_MENTIONS).collectAsList().stream()
                .map(r -> LocalAnalysis.mentionLine(r.getAs("mention_id"), r.getAs("text"), r.getAs("type"), r.getAs("entity_id")))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> quotes = lake.table(Tables.QUOTES).collectAsList().stream()
                .map(r -> LocalAnalysis.quoteLine(r.getAs("quote_id"), r.getAs("kind"), r.getAs("text_simplified"),
                        r.getAs("speaker"), r.getAs("speaker_role")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(mentions.isEmpty(), "entity mentions");
        assertFalse(quotes.isEmpty(), "quotes");
        assertEquals(expected.articleIds(), articleIds, "articles: the cluster's and those read here");
        assertEquals(expected.mentions(), mentions, "entity_mentions: the cluster's rows and a local analysis");
        assertEquals(expected.quotes(), quotes, "quotes: the cluster's rows and a local analysis");

        assertTrue(expected.modelVersion().startsWith("corenlp-4.5.10-chinese+gazetteer-"), expected.modelVersion());
        for (var table : List.of(Tables.ENTITY_MENTIONS, Tables.QUOTES)) {
            List<Row> versions = lake.table(table).select("model_version").distinct().collectAsList();
            assertEquals(List.of(expected.modelVersion()), versions.stream().map(r -> r.getString(0)).toList(),
                    table.name() + ".model_version");
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static Set<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String readAll(List<Path> files) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Path f : files) {
            out.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
