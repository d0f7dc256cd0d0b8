package org.rhetoriclake.spark.session;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.rhetoriclake.core.config.JobConfig;

/**
 * Builds the SparkSession every entry point uses (CLI, tests, notebooks): Delta enabled, UTC session time
 * zone, Java 8 time types in rows, the warehouse folder from the config. Under {@code spark-submit} the
 * master comes from the submit command and is not overridden, nor are the tuning settings it was given
 * ({@link #defaultsNotSetIn}).
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * A session for a command: an existing session (a notebook's, a test's) is reused and left running;
     * one created here is stopped on {@link Handle#close()}.
     */
    public static Handle open(JobConfig config, String appName) {
        boolean existed = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        return new Handle(create(config, appName), !existed);
    }

    public static SparkSession create(JobConfig config, String appName) {
        SparkConf conf = new SparkConf(true);
        SparkSession.Builder b = SparkSession.builder().appName(appName);
        String master = conf.contains("spark.master") ? conf.get("spark.master") : config.master();
        if (!conf.contains("spark.master")) {
            b = b.master(master);
        }
        for (Map.Entry<String, String> e : defaultsNotSetIn(conf, master).entrySet()) {
            b = b.config(e.getKey(), e.getValue());
        }
        // What the job's tables and rows depend on: always so.
        b = b.config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.warehouse.dir", config.warehouse().toUri().toString())
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.datetime.java8API.enabled", "true")
                // Change data feed on every table from its creation, for incremental consumers.
                .config("spark.databricks.delta.properties.defaults.enableChangeDataFeed", "true");
        for (Map.Entry<String, String> e : config.sparkSettings().entrySet()) {
            b = b.config(e.getKey(), e.getValue());
        }
        return b.getOrCreate();
    }

    /**
     * The job's defaults for settings that tune rather than define it, minus those {@code conf} already holds: under
     * spark-submit, {@code --conf}, {@code --properties-file} and {@code spark-defaults.conf} put them there, and a
     * cluster's operator decides (say, the UI on, or 200 shuffle partitions for a large backfill).
     */
    static Map<String, String> defaultsNotSetIn(SparkConf conf, String master) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("spark.ui.enabled", "false");
        d.put("spark.ui.showConsoleProgress", "false");
        d.put("spark.sql.shuffle.partitions", "8");
        if (master.startsWith("local")) {
            // Delta rebuilds a table's state from its log in spark.databricks.delta.snapshotPartitions tasks
            // (50 by default, sized for clusters and tables of many files). On one machine those 50 tiny
            // tasks are most of the cost of opening a table: 14 tables took ~45 s to open at 50 and ~12 s
            // at 2 here. A --conf setting still wins (applied after these).
            d.put("spark.databricks.delta.snapshotPartitions", "2");
        }
        d.keySet().removeIf(conf::contains);
        return d;
    }

    /** A session and whether closing it should stop it. */
    public static final class Handle implements AutoCloseable {
        private final SparkSession session;
        private final boolean owned;

        Handle(SparkSession session, boolean owned) {
            this.session = session;
            this.owned = owned;
        }

        public SparkSession session() {
            return session;
        }

        @Override
        public void close() {
            if (owned) {
                session.stop();
            }
        }
    }
}
