package org.rhetoriclake.core.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tab-separated files in {@code conf/} (lexicons, gazetteer) as rows: {@code #} comment lines and blank
 * lines skipped, an editor's BOM dropped, the header line checked against the columns the reader expects.
 * Every row keeps its source and line number, so a loader's error names the place to fix ({@code file:line}).
 */
public final class TsvTable {
    private TsvTable() {
    }

    /** One data line: its cells as split at tabs (not stripped), and where it stands. */
    public record Row(String source, int line, String[] cells) {
        /** Cell {@code i}, stripped; empty when the line has fewer cells. */
        public String cell(int i) {
            return i < cells.length ? cells[i].strip() : "";
        }

        /** Cell {@code i}, which must not be empty. */
        public String required(int i, String name) {
            String v = cell(i);
            if (v.isEmpty()) {
                throw error("missing " + name);
            }
            return v;
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }

    /**
     * Reads every data row of {@code in}; the first non-comment line must hold exactly the names in
     * {@code header}. Fails with {@code source:line} on a wrong header, and when there is no header at all.
     */
    public static List<Row> read(String source, Reader in, List<String> header) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            boolean headerSeen = false;
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // an editor's BOM is not part of the first cell
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (!headerSeen) {
                    List<String> got = Arrays.stream(cells).map(String::strip).filter(s -> !s.isEmpty()).toList();
                    if (!got.equals(header)) {
                        throw new IllegalArgumentException(source + ":" + lineNo + ": header must be "
                                + String.join("<TAB>", header) + ", got " + got);
                    }
                    headerSeen = true;
                    continue;
                }
                rows.add(new Row(source, lineNo, cells));
            }
            if (!headerSeen) {
                throw new IllegalArgumentException(source + ": no header line");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source, e);
        }
        return rows;
    }
}
