package org.rhetoriclake.core.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of an {@link ExtractionEvaluator} run: one row per page, a summary per field (n and mean, which for
 * the hit-or-miss fields is the accuracy), the same per group (the page's folder, e.g. the truth source), and
 * counts of pages, pages with truth, garbled pages and failures. {@link #toTable()} prints it all.
 */
public final class EvaluationReport {
    /**
     * One page.
     *
     * @param page     the page path relative to the pages folder
     * @param group    its folder relative to the pages folder ({@code ""} at the top)
     * @param hasTruth the truth index gives it at least one field
     * @param scores   the scored fields: 1/0 for hits and misses, the F1 for {@link Field#BODY_F1}
     * @param notes    what was extracted or measured, for reading the table (may lack fields)
     * @param garbled  the decoded page looks like mojibake
     * @param error    why the extractor failed on the page, or null
     */
    public record PageRow(String page, String group, boolean hasTruth, Map<Field, Double> scores,
                          Map<Field, String> notes, boolean garbled, String error) {
        public PageRow {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(group, "group");
            scores = scores.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(scores));
            notes = notes.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(notes));
        }
    }

    /**
     * A field over a set of pages.
     *
     * @param n    pages whose truth has the field
     * @param mean mean score over those pages (accuracy for hit-or-miss fields); NaN when n is 0
     */
    public record FieldSummary(int n, double mean) {
    }

    private final List<PageRow> rows;

    public EvaluationReport(List<PageRow> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<PageRow> rows() {
        return rows;
    }

    /** The field over every page. */
    public FieldSummary summary(Field field) {
        return summary(rows, field);
    }

    /** Every field over every page, in {@link Field} order. */
    public Map<Field, FieldSummary> summaries() {
        return summaries(rows);
    }

    /** Every field per group (groups in name order). */
    public Map<String, Map<Field, FieldSummary>> summariesByGroup() {
        Map<String, List<PageRow>> groups = new TreeMap<>();
        for (PageRow r : rows) {
            groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
        }
        Map<String, Map<Field, FieldSummary>> out = new LinkedHashMap<>();
        groups.forEach((g, rs) -> out.put(g, summaries(rs)));
        return out;
    }

    public int pages() {
        return rows.size();
    }

    public int pagesWithTruth() {
        return (int) rows.stream().filter(PageRow::hasTruth).count();
    }

    /** Pages whose decoded text looks garbled. */
    public int garbledPages() {
        return (int) rows.stream().filter(PageRow::garbled).count();
    }

    /** Pages the extractor threw on. */
    public int failedPages() {
        return (int) rows.stream().filter(r -> r.error() != null).count();
    }

    private static Map<Field, FieldSummary> summaries(List<PageRow> rows) {
        Map<Field, FieldSummary> out = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            out.put(f, summary(rows, f));
        }
        return out;
    }

    private static FieldSummary summary(List<PageRow> rows, Field field) {
        int n = 0;
        double sum = 0;
        for (PageRow r : rows) {
            Double v = r.scores().get(field);
            if (v != null) {
                n++;
                sum += v;
            }
        }
        return new FieldSummary(n, n == 0 ? Double.NaN : sum / n);
    }

    /**
     * The report as plain text: a row per page (each field as 1/0 or the F1, {@code -} without truth, then
     * {@code GARBLED} and the error if any), then the field summaries overall and per group, then the counts.
     */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        int width = Math.max(4, rows.stream().mapToInt(r -> r.page().length()).max().orElse(4));
        String rowFormat = "%-" + width + "s";
        out.append(String.format(Locale.ROOT, rowFormat, "page"));
        for (Field f : Field.values()) {
            out.append(String.format(Locale.ROOT, " %13s", f.label()));
        }
        out.append('\n');
        for (PageRow r : rows) {
            out.append(String.format(Locale.ROOT, rowFormat, r.page()));
            for (Field f : Field.values()) {
                Double v = r.scores().get(f);
                out.append(String.format(Locale.ROOT, " %13s", v == null ? "-"
                        : f == Field.BODY_F1 ? String.format(Locale.ROOT, "%.3f", v) : v >= 1 ? "1" : "0"));
            }
            if (r.garbled()) {
                out.append("  GARBLED");
            }
            if (r.error() != null) {
                out.append("  ERROR ").append(r.error());
            }
            out.append('\n');
        }
        out.append('\n');
        appendSummaries(out, "all pages", summaries());
        summariesByGroup().forEach((g, s) -> appendSummaries(out, g.isEmpty() ? "(top)" : g, s));
        out.append(String.format(Locale.ROOT, "%npages %d, with truth %d, garbled %d, extractor failed %d%n",
                pages(), pagesWithTruth(), garbledPages(), failedPages()));
        return out.toString();
    }

    private static void appendSummaries(StringBuilder out, String name, Map<Field, FieldSummary> s) {
        out.append(String.format(Locale.ROOT, "%-20s", name));
        for (Field f : Field.values()) {
            FieldSummary fs = s.get(f);
            out.append(fs.n() == 0 ? String.format(Locale.ROOT, "  %s n=0", f.label())
                    : String.format(Locale.ROOT, "  %s %.3f (n=%d)", f.label(), fs.mean(), fs.n()));
        }
        out.append('\n');
    }
}
