package org.rhetoriclake.spark.lake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.StructField;

/**
 * Renders {@code docs/SCHEMA.md} from {@link Tables}: one section per table, one row per column with its
 * type, nullability and comment. A test compares the checked-in file with this rendering, so the document
 * users read is the schema the job writes. Regenerate with
 * {@code java -cp … org.rhetoriclake.spark.lake.SchemaDoc docs/SCHEMA.md}.
 */
public final class SchemaDoc {
    private SchemaDoc() {
    }

    public static String render() {
        StringBuilder b = new StringBuilder();
        b.append("# Rhetoric Lake tables\n\n")
                .append("Generated from `jobs/spark/src/main/java/org/rhetoriclake/spark/lake/Tables.java` ")
                .append("(the same comments are on the Delta columns); do not edit by hand.\n\n")
                .append("All tables live in database `rhetoric` (Delta Lake, one folder each under ")
                .append("`<warehouse>/rhetoric.db/`). Timestamps are UTC. Keys are stable: reprocessing an ")
                .append("article MERGEs its rows in place.\n");
        for (TableDef t : Tables.ALL) {
            b.append("\n## ").append(t.name()).append("\n\n").append(t.description()).append("\n\n");
            b.append("Key: `").append(String.join("`, `", t.key())).append('`');
            if (t.groupKey() != null) {
                b.append(" · rows replaced as a group per `").append(t.groupKey()).append('`');
            }
            if (!t.partitionBy().isEmpty()) {
                b.append(" · partitioned by `").append(String.join("`, `", t.partitionBy())).append('`');
            }
            b.append("\n\n| column | type | null | meaning |\n|---|---|---|---|\n");
            for (StructField f : t.schema().fields()) {
                b.append("| `").append(f.name()).append("` | ").append(f.dataType().sql().toLowerCase(java.util.Locale.ROOT))
                        .append(" | ").append(f.nullable() ? "yes" : "no").append(" | ")
                        .append(f.getComment().get().replace("|", "\\|")).append(" |\n");
            }
        }
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/SCHEMA.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, render(), StandardCharsets.UTF_8);
    }
}
