package org.rhetoriclake.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.core.version.Versions;
import org.rhetoriclake.spark.lake.Lakehouse;
import org.rhetoriclake.spark.lake.RowCodec;
import org.rhetoriclake.spark.lake.RunStamp;
import org.rhetoriclake.spark.lake.Tables;
import org.rhetoriclake.spark.stages.AnalyseStage;
import org.rhetoriclake.spark.stages.AggregatesStage;
import org.rhetoriclake.spark.stages.ExtractStage;
import org.rhetoriclake.spark.stages.InputDiscovery;
import org.rhetoriclake.spark.stages.SharedModels;
import org.rhetoriclake.spark.stages.StageCounters;
import org.rhetoriclake.core.progress.ProgressSnapshot.Phase;

/**
 * The main job: input paths → Delta tables. Stages in order:
 * <ol>
 *   <li>discover input files (driver), minus those {@code rhetoric.ingested_files} has unchanged
 *       ({@link FileLedger}; all of them with {@code reprocess});</li>
 *   <li>read + extract ({@link ExtractStage}): one outcome per record — article, skip or reject;</li>
 *   <li>skip duplicates within the batch and articles already in the lake unchanged (same content hash and
 *       job version), so a rerun on the same input does no NER work and rewrites nothing;</li>
 *   <li>entities + quotes ({@link AnalyseStage}), CoreNLP once per JVM;</li>
 *   <li>write: the raw records (bronze) first, then mentions, quotes and rhetoric hits, then the articles. The
 *       article row (with its content hash) is what marks an article as done, so a run that dies between
 *       writes reprocesses it next time. Then the aggregates ({@link AggregatesStage}), rebuilt when the detail
 *       tables moved since their last build; the file ledger comes last.</li>
 * </ol>
 */
public final class RhetoricJob {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RhetoricJob.class);

    public static final String SKIP_DUPLICATE = "duplicate_in_batch";
    public static final String SKIP_UNCHANGED = "unchanged_since_last_run";

    private final SparkSession spark;
    private final JobConfig config;

    public RhetoricJob(SparkSession spark, JobConfig config) {
        this.spark = spark;
        this.config = config;
    }

    /**
     * @param inputs    files or folders
     * @param reprocess analyse articles again even when the lake already has them unchanged
     */
    public RunSummary run(List<String> inputs, boolean reprocess) {
        Instant started = Instant.now();
        RunStamp stamp = new RunStamp(UUID.randomUUID().toString(), Versions.job(), started);
        StageCounters counters = StageCounters.register(spark.sparkContext());
        try (RunProgress progress = new RunProgress(spark.sparkContext(), counters,
                java.time.Duration.ofSeconds(config.progressIntervalSeconds()))) {
            return run(inputs, reprocess, stamp, counters, progress);
        }
    }

    private RunSummary run(List<String> inputs, boolean reprocess, RunStamp stamp, StageCounters counters,
                           RunProgress progress) {
        progress.phase(Phase.PREPARE, "tables");
        Lakehouse lake = Lakehouse.open(spark, config.warehouse(), config.database());
        lake.createMissingTables();
        progress.phase(Phase.PREPARE, "inputs");
        List<InputDiscovery.InputFile> listed = InputDiscovery.discoverFiles(spark.sessionState().newHadoopConf(), inputs);
        FileLedger ledger = new FileLedger(spark, lake);
        List<InputDiscovery.InputFile> toRead = reprocess ? listed : ledger.notYetProcessed(listed);
        long alreadyProcessed = listed.size() - toRead.size();
        LOG.info("inputs: {} files, {} to read, {} already processed (rhetoric.ingested_files){}", listed.size(),
                toRead.size(), alreadyProcessed, reprocess ? " [--reprocess: all read]" : "");
        List<String> files = toRead.stream().map(InputDiscovery.InputFile::path).toList();
        int parallelism = spark.sparkContext().defaultParallelism();
        progress.inputs(toRead.size(), toRead.stream().mapToLong(InputDiscovery.InputFile::length).sum());

        Dataset<Row> outcomes = new ExtractStage(config.readOptions(), stamp, counters)
                .apply(spark, files, parallelism * 2)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            RunSummary summary = writeAll(lake, stamp, inputs, files, outcomes, reprocess, parallelism, alreadyProcessed,
                    counters, progress);
            // Last: a run that dies before this reads these files again, and finds their articles unchanged.
            ledger.record(toRead, summary, stamp);
            return summary;
        } finally {
            outcomes.unpersist();
        }
    }

    private RunSummary writeAll(Lakehouse lake, RunStamp stamp, List<String> inputs, List<String> files,
                                Dataset<Row> outcomes, boolean reprocess, int parallelism, long alreadyProcessed,
                                StageCounters counters, RunProgress progress) {
        progress.phase(Phase.READ, null);
        long read = outcomes.count();
        progress.phase(Phase.SELECT, null);
        Map<String, Long> skips = new LinkedHashMap<>();
        for (Row r : outcomes.filter(col("outcome").equalTo(ExtractStage.OUTCOME_SKIPPED))
                .groupBy("skip_reason").count().collectAsList()) {
            skips.put(r.getString(0), r.getLong(1));
        }

        // One article per article_id in the batch (the same page captured twice, or saved twice): the latest
        // capture wins, then the first by source and offset; the rest are skipped.
        Dataset<Row> ranked = outcomes.filter(col("outcome").equalTo(ExtractStage.OUTCOME_ARTICLE))
                .select(col("article.*"))
                .withColumn("_rank", row_number().over(Window.partitionBy("article_id")
                        .orderBy(col("captured_at").desc_nulls_last(), col("source"), col("source_offset"))))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> unique = ranked.filter(col("_rank").equalTo(1)).drop("_rank");
        long duplicates = ranked.filter(col("_rank").gt(1)).count();
        if (duplicates > 0) {
            skips.merge(SKIP_DUPLICATE, duplicates, Long::sum);
        }
        Dataset<Row> toProcess = unique;
        if (!reprocess) {
            Dataset<Row> done = lake.snapshot(Tables.ARTICLES).select("article_id", "content_hash", "job_version");
            toProcess = unique.join(done, scala(List.of("article_id", "content_hash", "job_version")), "left_anti");
        }
        toProcess = toProcess.repartition(Math.max(1, parallelism * 2)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long written = toProcess.count();
            long unchanged = unique.count() - written;
            if (unchanged > 0) {
                skips.merge(SKIP_UNCHANGED, unchanged, Long::sum);
            }
            Dataset<Row> analysed = new AnalyseStage(SharedModels.Spec.from(config), stamp, counters).apply(toProcess)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                Dataset<Row> parents = toProcess.select("article_id");
                Dataset<Row> mentions = analysed.select(explode(col("mentions")).as("m")).select("m.*");
                Dataset<Row> quotes = analysed.select(explode(col("quotes")).as("q")).select("q.*");
                Dataset<Row> hits = analysed.select(explode(col("rhetoric")).as("h")).select("h.*");
                Dataset<Row> partial = analysed.select(explode(col("rejects")).as("r")).select("r.*");
                Dataset<Row> recordRejects = outcomes.filter(col("outcome").equalTo(ExtractStage.OUTCOME_REJECTED))
                        .select("reject.*");
                Dataset<Row> allRejects = recordRejects.unionByName(partial);

                Dataset<Row> raw = outcomes.filter(col("raw").isNotNull()).select("raw.*");
                if (!raw.isEmpty()) {
                    // Bronze first, before the costly annotation: the records as read, whatever later stages make
                    // of them (or fail to).
                    progress.phase(Phase.WRITE, lake.qualified(Tables.RAW_RECORDS));
                    lake.mergeReplacing(Tables.RAW_RECORDS, raw, null);
                }
                if (written > 0) {
                    // Annotated here, as a phase of its own, rather than inside the first MERGE that needs it: the
                    // progress line can then say how far the expensive part is, with its total known. (Cached:
                    // the MERGEs below read the annotations from memory.)
                    Row size = toProcess.selectExpr("coalesce(sum(aggregate(paragraphs, 0L, (n, p) -> n + length(p.text))), 0L)")
                            .head();
                    progress.toAnnotate(written, size.getLong(0));
                    progress.phase(Phase.ANNOTATE, null);
                    analysed.count();
                }
                if (written > 0) {
                    // Nothing to write is the common case of a scheduled rerun: no empty MERGE commits.
                    progress.phase(Phase.WRITE, lake.qualified(Tables.ENTITY_MENTIONS));
                    lake.mergeReplacing(Tables.ENTITY_MENTIONS, mentions, parents);
                    progress.phase(Phase.WRITE, lake.qualified(Tables.QUOTES));
                    lake.mergeReplacing(Tables.QUOTES, quotes, parents);
                    progress.phase(Phase.WRITE, lake.qualified(Tables.RHETORIC_HITS));
                    lake.mergeReplacing(Tables.RHETORIC_HITS, hits, parents);
                }
                if (!allRejects.isEmpty()) {
                    progress.phase(Phase.WRITE, lake.qualified(Tables.REJECTS));
                    lake.mergeReplacing(Tables.REJECTS, finalRejects(allRejects, stamp), null);
                }
                if (written > 0) {
                    Dataset<Row> articleRows = toProcess.drop("tone", "rhetoric_hit_count", "lexicon_version")
                            .join(analysed.select("article_id", "tone", "rhetoric_hit_count", "lexicon_version"),
                                    scala(List.of("article_id")), "left");
                    progress.phase(Phase.WRITE, lake.qualified(Tables.ARTICLES));
                    lake.mergeReplacing(Tables.ARTICLES, articleRows, null);
                }
                // After the articles, and in every run: each aggregate is rebuilt when the detail tables moved since
                // its last build, so one left stale by a run that died here is caught up by the next run.
                progress.phase(Phase.AGGREGATE, null);
                AggregatesStage.refresh(lake, stamp, table -> progress.phase(Phase.AGGREGATE, lake.qualified(table)));
                progress.phase(Phase.WRITE, lake.qualified(Tables.RUNS));

                long rejected = recordRejects.count();
                List<RunSummary.RejectLine> lines = new ArrayList<>();
                for (Row r : allRejects.orderBy("source", "source_offset", "stage", "reason").collectAsList()) {
                    lines.add(new RunSummary.RejectLine(r.getAs("stage"), r.getAs("reason"), r.getAs("source"),
                            r.<Long>getAs("source_offset"), r.getAs("detail")));
                }
                List<RunSummary.SourceCounts> perSource = perSource(outcomes, ranked, unique, toProcess);
                RunSummary summary = new RunSummary(stamp.runId(), stamp.processedAt(), Instant.now(), inputs,
                        files.size(), read, written, skips, rejected, partial.count(), mentions.count(),
                        quotes.count(), lines, perSource, alreadyProcessed);
                new RunLog(spark, lake).record(summary, "succeeded", null);
                return summary;
            } finally {
                analysed.unpersist();
            }
        } finally {
            toProcess.unpersist();
            ranked.unpersist();
        }
    }

    /**
     * Each file's records by fate: extracted outcomes by file, with articles split into written, duplicate in the
     * batch and unchanged since the last run. Small: one row per file and reason.
     */
    private static List<RunSummary.SourceCounts> perSource(Dataset<Row> outcomes, Dataset<Row> ranked,
                                                            Dataset<Row> unique, Dataset<Row> written) {
        Map<String, long[]> counts = new java.util.TreeMap<>(); // read, articles, rejected
        Map<String, Map<String, Long>> reasons = new java.util.TreeMap<>();
        for (Row r : outcomes.groupBy("source", "outcome", "skip_reason").count().collectAsList()) {
            String source = r.getString(0);
            long n = r.getLong(3);
            long[] c = counts.computeIfAbsent(source, k -> new long[3]);
            c[0] += n;
            switch (r.getString(1)) {
                case ExtractStage.OUTCOME_ARTICLE -> c[1] += n;
                case ExtractStage.OUTCOME_REJECTED -> c[2] += n;
                default -> reasons.computeIfAbsent(source, k -> new java.util.TreeMap<>()).merge(r.getString(2), n,
                        Long::sum);
            }
        }
        Dataset<Row> unchanged = unique.join(written.select("article_id"),
                scala(List.of("article_id")), "left_anti");
        moveArticles(ranked.filter(col("_rank").gt(1)), SKIP_DUPLICATE, counts, reasons);
        moveArticles(unchanged, SKIP_UNCHANGED, counts, reasons);
        List<RunSummary.SourceCounts> out = new ArrayList<>();
        counts.forEach((source, c) -> out.add(new RunSummary.SourceCounts(source, c[0], c[1],
                reasons.getOrDefault(source, Map.of()), c[2])));
        return out;
    }

    /** Articles of a file that were not written after all become skips with {@code reason}. */
    private static void moveArticles(Dataset<Row> articles, String reason, Map<String, long[]> counts,
                                     Map<String, Map<String, Long>> reasons) {
        for (Row r : articles.groupBy("source").count().collectAsList()) {
            counts.get(r.getString(0))[1] -= r.getLong(1);
            reasons.computeIfAbsent(r.getString(0), k -> new java.util.TreeMap<>()).merge(reason, r.getLong(1),
                    Long::sum);
        }
    }

    private static Dataset<Row> finalRejects(Dataset<Row> staging, RunStamp stamp) {
        UserDefinedFunction rejectId = udf((UDF6<String, String, String, Long, String, String, String>)
                RowCodec::rejectId, DataTypes.StringType).withName("rhetoric_reject_id");
        Column id = rejectId.apply(col("stage"), col("reason"), col("source"), col("source_offset"),
                col("article_id"), col("detail"));
        return staging.withColumn("reject_id", id)
                .withColumn("run_id", lit(stamp.runId()))
                .withColumn("rejected_at", lit(java.sql.Timestamp.from(stamp.processedAt())))
                .dropDuplicates("reject_id");
    }

    private static scala.collection.immutable.Seq<String> scala(List<String> cols) {
        return scala.jdk.javaapi.CollectionConverters.asScala(cols).toSeq();
    }
}
