package org.rhetoriclake.spark.lake;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One Delta table of the lakehouse: its name, documented columns, key and partitioning. The schema doc
 * ({@code docs/SCHEMA.md}) and the Delta column comments are both generated from this, so they cannot drift.
 *
 * @param name         table name inside the database
 * @param description  what one row is
 * @param schema       columns, each with a comment
 * @param key          columns that identify a row; writes MERGE on them
 * @param groupKey     for child tables (mentions, quotes): the parent key whose rows are replaced as a group
 *                     when the parent is reprocessed, or null
 * @param partitionBy  partition columns (may be empty)
 */
public record TableDef(String name, String description, StructType schema, List<String> key, String groupKey,
                       List<String> partitionBy) {
    public TableDef {
        Objects.requireNonNull(name);
        for (String k : key) {
            schema.apply(k); // fails fast on a key that is not a column
        }
        for (String p : partitionBy) {
            schema.apply(p);
        }
        for (StructField f : schema.fields()) {
            if (f.getComment().isEmpty()) {
                throw new IllegalArgumentException(name + "." + f.name() + " has no comment: document every column");
            }
        }
    }

    /** Builds documented columns: {@code col("title", StringType, true, "headline")}. */
    public static StructField col(String name, DataType type, boolean nullable, String comment) {
        return new StructField(name, type, nullable, Metadata.empty()).withComment(comment);
    }

    public List<String> columnNames() {
        return List.of(schema.fieldNames());
    }
}
