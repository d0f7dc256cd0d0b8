package org.rhetoriclake.spark.lake;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Writes a table as JSON Lines or CSV for tools outside Spark: one file (or stdout), rows in key order,
 * timestamps as ISO-8601 UTC ({@code 2023-11-09T17:30:00Z}), nulls kept as JSON nulls / empty CSV fields,
 * arrays and structs as JSON text in CSV. Rows stream to the writer one partition at a time, never collected.
 */
public final class TableExporter {
    /** ISO-8601 in UTC: the session time zone is UTC, and XXX prints {@code Z} for a zero offset. */
    static final String ISO_UTC = "yyyy-MM-dd'T'HH:mm:ssXXX";

    public enum Format {
        JSONL, CSV,
        /** Aligned columns for a terminal; the rows are collected first, so for small results (queries). */
        TABLE
    }

    private TableExporter() {
    }

    /** @return the number of rows written */
    public static long export(Dataset<Row> table, TableDef def, Format format, PrintWriter out) {
        Dataset<Row> ordered = table.orderBy(def.key().stream().map(k -> col(k)).toArray(Column[]::new));
        return write(ordered, format, out);
    }

    /** Writes {@code rows} in their own order (a query's ORDER BY). @return the number of rows written */
    public static long write(Dataset<Row> rows, Format format, PrintWriter out) {
        return switch (format) {
            case JSONL -> jsonl(rows, out);
            case CSV -> csv(rows, out);
            case TABLE -> table(rows, out);
        };
    }

    private static long table(Dataset<Row> rows, PrintWriter out) {
        String[] names = rows.columns();
        List<String[]> lines = new ArrayList<>();
        lines.add(names);
        for (Row r : textColumns(rows).collectAsList()) {
            String[] line = new String[r.length()];
            for (int i = 0; i < r.length(); i++) {
                line[i] = r.isNullAt(i) ? "NULL" : r.getString(i);
            }
            lines.add(line);
        }
        int[] widths = new int[names.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(line[i]));
            }
        }
        for (int k = 0; k < lines.size(); k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < names.length; i++) {
                String cell = lines.get(k)[i];
                sb.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[i] - displayWidth(cell)));
            }
            out.println(sb.toString().stripTrailing());
            if (k == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < names.length; i++) {
                    rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
                }
                out.println(rule);
            }
        }
        out.printf(java.util.Locale.ROOT, "(%d rows)%n", lines.size() - 1);
        out.flush();
        return lines.size() - 1;
    }

    /** Terminal columns a text takes: Chinese characters and full-width forms take two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Every column as text: arrays and structs as JSON, timestamps as ISO-8601 UTC. */
    private static Dataset<Row> textColumns(Dataset<Row> rows) {
        List<Column> asText = new ArrayList<>();
        for (StructField f : rows.schema().fields()) {
            Column c = col(f.name());
            if (f.dataType() instanceof ArrayType || f.dataType() instanceof StructType
                    || f.dataType() instanceof MapType) {
                c = to_json(c);
            } else if (f.dataType() instanceof TimestampType) {
                c = date_format(c, ISO_UTC);
            } else {
                c = c.cast("string");
            }
            asText.add(c.as(f.name()));
        }
        return rows.select(asText.toArray(Column[]::new));
    }

    private static long jsonl(Dataset<Row> rows, PrintWriter out) {
        Column[] all = List.of(rows.columns()).stream().map(c -> col(c)).toArray(Column[]::new);
        Dataset<Row> json = rows.select(to_json(struct(all), Map.of("timestampFormat", ISO_UTC,
                "ignoreNullFields", "false")));
        long n = 0;
        for (Iterator<Row> it = json.toLocalIterator(); it.hasNext(); n++) {
            out.println(it.next().getString(0));
        }
        out.flush();
        return n;
    }

    private static long csv(Dataset<Row> rows, PrintWriter out) {
        StructType schema = rows.schema();
        out.println(String.join(",", List.of(schema.fieldNames()).stream().map(TableExporter::csvField).toList()));
        long n = 0;
        for (Iterator<Row> it = textColumns(rows).toLocalIterator(); it.hasNext(); n++) {
            Row r = it.next();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(r.isNullAt(i) ? "" : csvField(r.getString(i)));
            }
            out.println(line);
        }
        out.flush();
        return n;
    }

    /** RFC 4180: quote a field that holds a comma, quote or line break, doubling inner quotes. */
    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
