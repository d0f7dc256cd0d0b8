package org.rhetoriclake.spark.lake;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * The Delta tables on disk and their names in the catalog. The Delta transaction log in the warehouse
 * folder is the source of truth; the catalog entries ({@code rhetoric.articles}, …) are re-registered
 * from it each time a session opens the lakehouse, so notebooks, the CLI and tests see the same tables
 * without a shared metastore service.
 */
public final class Lakehouse {
    /** The Delta table property that turns on the change data feed. */
    public static final String CHANGE_DATA_FEED = "delta.enableChangeDataFeed";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Lakehouse.class);
    /** Attempts of a write that keeps losing races; each waits a little longer, at random, so two runs part ways. */
    private static final int MAX_CONFLICT_ATTEMPTS = 8;

    /** Column added to MERGE sources to mark rows to delete (stale children of a reprocessed parent). */
    private static final String OP = "_rhetoric_op";

    private final SparkSession spark;
    private final Path warehouse;
    private final String database;

    private Lakehouse(SparkSession spark, Path warehouse, String database) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.database = database;
    }

    /** Registers the database and every table that exists on disk; creates none. */
    public static Lakehouse open(SparkSession spark, Path warehouse, String database) {
        Lakehouse lake = new Lakehouse(spark, warehouse.toAbsolutePath().normalize(), database);
        spark.sql("CREATE DATABASE IF NOT EXISTS " + database + " LOCATION '" + sqlString(lake.databasePath()) + "'");
        for (TableDef t : Tables.ALL) {
            if (lake.existsOnDisk(t)) {
                lake.register(t);
            }
        }
        return lake;
    }

    public Path warehouse() {
        return warehouse;
    }

    public String database() {
        return database;
    }

    public Path databasePath() {
        return warehouse.resolve(database + ".db");
    }

    public Path tablePath(TableDef t) {
        return databasePath().resolve(t.name());
    }

    public String qualified(TableDef t) {
        return database + "." + t.name();
    }

    public boolean existsOnDisk(TableDef t) {
        return DeltaTable.isDeltaTable(spark, tablePath(t).toString());
    }

    /**
     * Creates every missing table with its documented schema, registers all of them, and adds the columns a
     * newer job version defines to tables an older one created (so an old lakehouse keeps working; the old rows
     * read null in the new columns).
     */
    public void createMissingTables() {
        for (TableDef t : Tables.ALL) {
            // Two runs starting together on a new warehouse both try to create: the loser's commit is refused,
            // and its retry finds the table there.
            retryingConflicts("create " + t.name(), () -> {
                if (!existsOnDisk(t)) {
                    create(t);
                } else {
                    addMissingColumns(t);
                    enableChangeDataFeed(t);
                }
            });
            register(t);
        }
    }

    /**
     * Every table records its changes (Delta's change data feed), so a downstream consumer reads what a run
     * inserted, updated or deleted ({@code table_changes}) instead of rescanning. Tables an older job created
     * get it on their next run.
     */
    private void enableChangeDataFeed(TableDef t) {
        String on = DeltaTable.forPath(spark, tablePath(t).toString()).detail().select("properties").head()
                .<String, String>getJavaMap(0).get(CHANGE_DATA_FEED);
        if (!"true".equals(on)) {
            spark.sql("ALTER TABLE delta.`" + tablePath(t) + "` SET TBLPROPERTIES (" + CHANGE_DATA_FEED + " = true)");
        }
    }

    private void addMissingColumns(TableDef t) {
        Map<String, org.apache.spark.sql.types.DataType> present = new java.util.HashMap<>();
        for (StructField f : spark.read().format("delta").load(tablePath(t).toString()).schema().fields()) {
            present.put(f.name(), f.dataType());
        }
        List<String> added = new java.util.ArrayList<>();
        for (org.apache.spark.sql.types.StructField f : t.schema().fields()) {
            org.apache.spark.sql.types.DataType onDisk = present.get(f.name());
            if (onDisk != null && !onDisk.sameType(f.dataType())
                    && !(onDisk instanceof org.apache.spark.sql.types.StructType
                    || onDisk instanceof org.apache.spark.sql.types.ArrayType)) {
                // Never ALTER a type: Trino's Delta connector cannot read a widened column (int → bigint), and
                // the BI endpoint would break on the whole table. A new type needs a new column.
                throw new IllegalStateException(t.name() + "." + f.name() + " is " + onDisk.sql() + " on disk but "
                        + f.dataType().sql() + " in this job: column types are never changed; add a new column");
            }
            if (onDisk == null) {
                if (!f.nullable()) {
                    throw new IllegalStateException(t.name() + "." + f.name() + " is new and NOT NULL: old rows "
                            + "cannot have it; new columns must be nullable");
                }
                added.add(f.name() + " " + f.dataType().sql() + " COMMENT '"
                        + f.getComment().get().replace("'", "\\'") + "'");
            }
        }
        if (!added.isEmpty()) {
            spark.sql("ALTER TABLE delta.`" + tablePath(t) + "` ADD COLUMNS (" + String.join(", ", added) + ")");
        }
    }

    private void create(TableDef t) {
        DeltaTableBuilder b = DeltaTable.createIfNotExists(spark)
                .location(tablePath(t).toString())
                .comment(t.description())
                .property(CHANGE_DATA_FEED, "true")
                .addColumns(t.schema());
        if (!t.partitionBy().isEmpty()) {
            b = b.partitionedBy(t.partitionBy().toArray(String[]::new));
        }
        b.execute();
    }

    private void register(TableDef t) {
        if (spark.catalog().tableExists(qualified(t)) && !registeredHere(t)) {
            // The session already knows this name for another warehouse (a notebook switching lakes):
            // the tables are external, so dropping the catalog entry leaves the data alone.
            spark.sql("DROP TABLE " + qualified(t));
        }
        if (!spark.catalog().tableExists(qualified(t))) {
            spark.sql("CREATE TABLE IF NOT EXISTS " + qualified(t) + " USING delta LOCATION '"
                    + sqlString(tablePath(t)) + "'");
        }
    }

    private boolean registeredHere(TableDef t) {
        String location = spark.sql("DESCRIBE DETAIL " + qualified(t)).select("location").head().getString(0);
        return java.net.URI.create(location).getPath().replaceAll("/+$", "")
                .equals(tablePath(t).toUri().getPath().replaceAll("/+$", ""));
    }

    public Dataset<Row> table(TableDef t) {
        return spark.table(qualified(t));
    }

    /**
     * MERGEs {@code rows} into table {@code t} on its key, in one Delta commit: new keys are inserted,
     * existing keys updated. For a child table ({@link TableDef#groupKey()} set), every existing row of a
     * parent listed in {@code parents} whose key is not among {@code rows} is deleted in the same commit,
     * so reprocessing an article replaces its mentions instead of adding to them, and a concurrent reader
     * never sees the article half-replaced.
     *
     * @param parents one column named like the group key: the parents reprocessed in this batch (may have no rows)
     */
    public void mergeReplacing(TableDef t, Dataset<Row> rows, Dataset<Row> parents) {
        retryingConflicts("MERGE into " + t.name(), () -> mergeOnce(t, rows, parents));
    }

    private void mergeOnce(TableDef t, Dataset<Row> rows, Dataset<Row> parents) {
        List<String> cols = t.columnNames();
        Dataset<Row> upserts = rows.select(columns(cols))
                .withColumn(OP, lit("upsert"));
        Dataset<Row> source = upserts;
        DeltaTable target = DeltaTable.forPath(spark, tablePath(t).toString());
        if (t.groupKey() != null && parents != null) {
            Dataset<Row> stale = target.toDF()
                    .join(parents.select(t.groupKey()).distinct(), scalaSeq(List.of(t.groupKey())), "left_semi")
                    .join(rows.select(columns(t.key())),
                            scalaSeq(t.key()), "left_anti")
                    .select(columns(cols))
                    .withColumn(OP, lit("delete"));
            source = upserts.unionByName(stale);
        }
        String on = t.key().stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
        Map<String, String> assign = new LinkedHashMap<>();
        for (StructField f : t.schema().fields()) {
            assign.put(quoteIdent(f.name()), "s." + quoteIdent(f.name()));
        }
        target.as("t").merge(source.as("s"), on)
                .whenMatched("s." + OP + " = 'delete'").delete()
                .whenMatched().updateExpr(assign)
                .whenNotMatched("s." + OP + " = 'upsert'").insertExpr(assign)
                .execute();
    }

    /**
     * Replaces every row of a derived table (e.g. entities, rebuilt from the mentions) in one Delta commit:
     * readers see the old rows or the new ones, never a mix. Each column is cast to its declared type, so an
     * aggregate that computes an int where the table has a bigint cannot widen or fail the table.
     *
     * @param builtFrom what the rows were derived from, kept as the commit's user metadata
     *                  ({@link #lastCommitMetadata}) so the next run can tell whether they are current
     */
    public void replaceAll(TableDef t, Dataset<Row> rows, String builtFrom) {
        org.apache.spark.sql.Column[] typed = java.util.Arrays.stream(t.schema().fields())
                .map(f -> col(f.name()).cast(f.dataType()).as(f.name())).toArray(org.apache.spark.sql.Column[]::new);
        var writer = rows.select(typed).write().format("delta").mode("overwrite");
        if (builtFrom != null) {
            writer = writer.option("userMetadata", builtFrom);
        }
        writer.save(tablePath(t).toString());
    }

    /** The user metadata of the table's latest commit ({@link #replaceAll}'s {@code builtFrom}), or null. */
    public String lastCommitMetadata(TableDef t) {
        Row last = DeltaTable.forPath(spark, tablePath(t).toString()).history(1).select("userMetadata").head();
        return last.isNullAt(0) ? null : last.getString(0);
    }

    /** The table's current version (the number of its latest commit). */
    public long version(TableDef t) {
        return DeltaTable.forPath(spark, tablePath(t).toString()).history(1).select("version").head().getLong(0);
    }

    /** The table as of {@code version}: the same rows however often Spark recomputes it. */
    public Dataset<Row> snapshotAt(TableDef t, long version) {
        return spark.read().format("delta").option("versionAsOf", version).load(tablePath(t).toString());
    }

    /**
     * Runs {@code write} again when it lost a race with another run's commit to the same table (Delta's optimistic
     * concurrency: the loser's commit is refused with a {@link java.util.ConcurrentModificationException}). The
     * write must read the table afresh each time; the job's writes are MERGEs on stable keys and whole-table
     * rebuilds, so repeating one after the other run's commit gives the rows one run alone would have written.
     */
    public <T> T retryingConflicts(String what, java.util.function.Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (!isConflict(e) || attempt >= MAX_CONFLICT_ATTEMPTS) {
                    throw e;
                }
                LOG.warn("{}: concurrent commit by another run ({}), attempt {} of {}", what,
                        e.getClass().getSimpleName(), attempt + 1, MAX_CONFLICT_ATTEMPTS);
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(100, 200L * attempt * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** {@link #retryingConflicts} for a write without a result. */
    public void retryingConflicts(String what, Runnable write) {
        retryingConflicts(what, () -> {
            write.run();
            return null;
        });
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.util.ConcurrentModificationException) {
                return true;
            }
        }
        return false;
    }

    /** Appends rows (for tables whose rows are never rewritten, e.g. runs). */
    public void append(TableDef t, Dataset<Row> rows) {
        rows.select(columns(t.columnNames()))
                .write().format("delta").mode("append").save(tablePath(t).toString());
    }

    /**
     * The table pinned to its current version: a Dataset that reads the same rows however often Spark
     * recomputes it, even after this run has written to the table.
     */
    public Dataset<Row> snapshot(TableDef t) {
        return snapshotAt(t, version(t));
    }

    public long count(TableDef t) {
        return existsOnDisk(t) ? table(t).count() : 0L;
    }

    private static org.apache.spark.sql.Column[] columns(List<String> names) {
        return names.stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new);
    }

    private static scala.collection.immutable.Seq<String> scalaSeq(List<String> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }

    private static String quoteIdent(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    static String sqlString(Path p) {
        return p.toString().replace("\\", "\\\\").replace("'", "\\'");
    }
}
