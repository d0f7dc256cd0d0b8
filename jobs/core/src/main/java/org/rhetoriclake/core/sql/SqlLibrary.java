package org.rhetoriclake.core.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The queries of a folder of {@code *.sql} files, one query per file, named by the file ({@code top_speakers}).
 *
 * <p>A file starts with comment lines: the first ones describe the query; a line
 * {@code -- param NAME = DEFAULT : what it is} declares a parameter, written {@code {{NAME}}} in the SQL. The
 * SQL itself is the subset Spark SQL and Trino both run (ANSI joins, {@code date_trunc}, {@code coalesce},
 * {@code CASE}, no dialect functions), over the tables by their {@code rhetoric.} names.
 *
 * <p>Parameters are substituted as text, so a value is checked before it goes in: letters, digits and
 * {@code _ : . / -} only (an entity id, a month, a number), never a quote or a semicolon, and a number where
 * the default is a number. That keeps a {@code --param} from changing what the query does.
 */
public final class SqlLibrary {
    private static final Pattern PARAM = Pattern.compile("^--\\s*param\\s+([a-z_][a-z0-9_]*)\\s*=\\s*(\\S+)\\s*:\\s*(.+)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_][a-z0-9_]*)}}");
    private static final Pattern SAFE_VALUE = Pattern.compile("[\\p{L}\\p{N}_:./\\-]{1,200}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+");

    private final List<Query> queries;

    private SqlLibrary(List<Query> queries) {
        this.queries = List.copyOf(queries);
    }

    /** One parameter: its name, its default value and what it is. */
    public record Param(String name, String defaultValue, String doc) {
    }

    /**
     * One query.
     *
     * @param name        the file name without {@code .sql}
     * @param description the leading comment lines, joined
     * @param params      declared parameters, in file order
     * @param template    the file's text, placeholders unfilled
     */
    public record Query(String name, String description, List<Param> params, String template) {
        public Query {
            params = List.copyOf(params);
        }

        /**
         * The SQL with every placeholder filled: from {@code values}, else the default.
         *
         * @throws IllegalArgumentException for a value that is not safe, a non-number where a number is
         *                                  expected, or a name the query does not declare
         */
        public String render(Map<String, String> values) {
            for (String k : values.keySet()) {
                if (params.stream().noneMatch(p -> p.name().equals(k))) {
                    throw new IllegalArgumentException("query " + name + " has no parameter '" + k + "'"
                            + (params.isEmpty() ? "" : "; it has: " + params.stream().map(Param::name).toList()));
                }
            }
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                Param p = params.stream().filter(x -> x.name().equals(m.group(1))).findFirst().orElseThrow();
                String value = values.getOrDefault(p.name(), p.defaultValue());
                if (!SAFE_VALUE.matcher(value).matches()) {
                    throw new IllegalArgumentException("parameter " + p.name() + " of " + name + ": '" + value
                            + "' is not allowed (letters, digits and _ : . / - only)");
                }
                if (NUMBER.matcher(p.defaultValue()).matches() && !NUMBER.matcher(value).matches()) {
                    throw new IllegalArgumentException("parameter " + p.name() + " of " + name + " is a number, not '" + value + "'");
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            return sb.toString().strip();
        }
    }

    /** Every {@code *.sql} file of {@code dir}, sorted by name. */
    public static SqlLibrary load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no SQL library folder at " + dir);
        }
        List<Query> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList()) {
                String file = f.getFileName().toString();
                out.add(parse(file.substring(0, file.length() - 4), Files.readString(f, StandardCharsets.UTF_8), f.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SQL library in " + dir + ": " + e.getMessage(), e);
        }
        return new SqlLibrary(out);
    }

    /** Parses one query's text; {@code source} names it in errors. */
    public static Query parse(String name, String text, String source) {
        StringBuilder description = new StringBuilder();
        List<Param> params = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length && lines[i].startsWith("--"); i++) {
            Matcher p = PARAM.matcher(lines[i].strip());
            if (p.matches()) {
                params.add(new Param(p.group(1), p.group(2), p.group(3).strip()));
            } else if (lines[i].strip().startsWith("-- param")) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": a parameter line reads "
                        + "'-- param NAME = DEFAULT : what it is'");
            } else {
                description.append(description.length() == 0 ? "" : " ").append(lines[i].substring(2).strip());
            }
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String used = m.group(1);
            if (params.stream().noneMatch(x -> x.name().equals(used))) {
                throw new IllegalArgumentException(source + ": {{" + used + "}} is used but not declared as a parameter");
            }
        }
        return new Query(name, description.toString(), params, text);
    }

    public List<Query> queries() {
        return queries;
    }

    public Optional<Query> byName(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
