package org.rhetoriclake.core.rhetoric;

import org.rhetoriclake.core.config.ConfFile;
import org.rhetoriclake.core.config.TsvTable;
import org.rhetoriclake.core.config.TsvTable.Row;
import org.rhetoriclake.core.extract.ArticleIds;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The diplomatic-rhetoric lexicon: terms with a category, a polarity and the side that uses them, plus the ordinary
 * words that contain a term and must not count as it ({@code ignore} rows). The data lives in
 * {@code conf/lexicon/rhetoric.tsv}, whose header documents the columns; the jar carries a copy under
 * {@value #CLASSPATH_DIR}, like the quote lexicons.
 *
 * <p>Loading fails on the first bad line with {@code file:line}: a lexicon is loaded once, on the driver, and a
 * typo should stop the job there rather than silently tag with a different list. Immutable and thread-safe.
 *
 * <p>{@link #version()} names the content, so that tagged rows can say which lexicon tagged them and a rerun with
 * an edited lexicon is visible in the tables.
 */
public final class RhetoricLexicon {

    /** Where the jar keeps the default lexicons (the build copies {@code conf/lexicon/} there). */
    public static final String CLASSPATH_DIR = "org/rhetoriclake/lexicon/";
    /** The file's name, in {@code conf/lexicon/} and on the classpath. */
    public static final String FILE = "rhetoric.tsv";
    /** The category code of rows that are not terms but words to keep terms from firing inside them. */
    public static final String IGNORE = "ignore";
    /** Hex characters of SHA-256 kept in {@link #version()}: 48 bits, ample for the few versions a lexicon has. */
    public static final int VERSION_HEX_CHARS = 12;

    static final List<String> HEADER = List.of("term", "traditional", "category", "polarity", "side", "note");

    /**
     * An ordinary word that contains a term (内政部 contains 内政): the tagger matches it so that the term inside
     * does not fire, and reports nothing for it.
     *
     * @param word  the word in Simplified script
     * @param forms every written form, {@code word} first
     */
    public record IgnoredWord(String word, List<String> forms) {
        public IgnoredWord {
            Objects.requireNonNull(word, "word");
            forms = List.copyOf(forms);
        }
    }

    private final String source;
    private final String version;
    private final List<RhetoricTerm> terms;
    private final List<IgnoredWord> ignoredWords;
    private final Map<String, RhetoricTerm> byTerm;

    private RhetoricLexicon(String source, String version, List<RhetoricTerm> terms, List<IgnoredWord> ignoredWords) {
        this.source = source;
        this.version = version;
        this.terms = List.copyOf(terms);
        this.ignoredWords = List.copyOf(ignoredWords);
        Map<String, RhetoricTerm> index = new HashMap<>();
        for (RhetoricTerm t : this.terms) {
            index.put(t.term(), t);
        }
        this.byTerm = Map.copyOf(index);
    }

    /** The lexicon shipped in the jar (a copy of {@code conf/lexicon/rhetoric.tsv}). */
    public static RhetoricLexicon defaults() {
        return ConfFile.fromClasspath(CLASSPATH_DIR, FILE, RhetoricLexicon::parse);
    }

    /**
     * The lexicon in {@code dir} (e.g. {@code conf/lexicon}); when the directory has no {@value #FILE} the jar's
     * copy is used, as the quote lexicons do, so a deployment can override some lists and not others.
     */
    public static RhetoricLexicon fromDirectory(Path dir) {
        return ConfFile.load(Objects.requireNonNull(dir, "dir"), CLASSPATH_DIR, FILE, RhetoricLexicon::parse);
    }

    /**
     * Parses a lexicon in the {@code rhetoric.tsv} format.
     *
     * @param source the name errors carry ({@code source:line: message}) and {@link #source()} returns
     * @throws IllegalArgumentException on the first bad line, with {@code source:line}
     */
    public static RhetoricLexicon parse(String source, Reader in) {
        Objects.requireNonNull(source, "source");
        List<Row> rows = TsvTable.read(source, in, HEADER);
        List<RhetoricTerm> terms = new ArrayList<>();
        List<IgnoredWord> ignored = new ArrayList<>();
        Map<String, Row> rowOfForm = new LinkedHashMap<>();
        Map<IgnoredWord, Row> rowOfIgnored = new HashMap<>();
        for (Row row : rows) {
            String term = row.required(0, "term");
            List<String> forms = forms(row, term);
            for (String form : forms) {
                Row earlier = rowOfForm.putIfAbsent(form, row);
                if (earlier != null) {
                    throw row.error("'" + form + "' is already listed at line " + earlier.line()
                            + ": a written form may appear once in the file");
                }
            }
            String category = row.required(2, "category");
            if (category.equalsIgnoreCase(IGNORE)) {
                IgnoredWord word = ignoredWord(row, term, forms);
                ignored.add(word);
                rowOfIgnored.put(word, row);
            } else {
                terms.add(term(row, term, forms, category));
            }
        }
        for (IgnoredWord word : ignored) {
            boolean shadowsATerm = terms.stream().flatMap(t -> t.forms().stream())
                    .anyMatch(form -> word.forms().stream().anyMatch(w -> w.contains(form)));
            if (!shadowsATerm) {
                throw rowOfIgnored.get(word).error("ignore row '" + word.word()
                        + "' contains no term: it would change nothing");
            }
        }
        return new RhetoricLexicon(source, versionOf(rows), terms, ignored);
    }

    /** Every term, in file order. */
    public List<RhetoricTerm> terms() {
        return terms;
    }

    /** Every ignore row, in file order. */
    public List<IgnoredWord> ignoredWords() {
        return ignoredWords;
    }

    /** The term whose canonical (Simplified) form is {@code term}. */
    public Optional<RhetoricTerm> term(String term) {
        return Optional.ofNullable(byTerm.get(term));
    }

    /** Where the lexicon was read from: a file path or the classpath resource. */
    public String source() {
        return source;
    }

    /**
     * The first {@value #VERSION_HEX_CHARS} hex characters of SHA-256 over the data lines (the rows, cells stripped,
     * joined by tab and newline). Hashing the rows rather than the file's bytes keeps the version stable where
     * tagging cannot change: comments, blank lines, a BOM, CRLF line ends from a Windows checkout. Any edit to a row,
     * even to a note, gives a new version.
     */
    public String version() {
        return version;
    }

    @Override
    public String toString() {
        return "RhetoricLexicon[" + source + ", version " + version + ", " + terms.size() + " terms]";
    }

    // ---------------------------------------------------------------- parsing

    private static RhetoricTerm term(Row row, String term, List<String> forms, String categoryCode) {
        RhetoricCategory category;
        try {
            category = RhetoricCategory.fromCode(categoryCode);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage() + " or " + IGNORE);
        }
        int polarity = polarity(row, row.required(3, "polarity"));
        String sideCode = row.required(4, "side");
        RhetoricSide side;
        try {
            side = RhetoricSide.fromCode(sideCode);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
        return new RhetoricTerm(term, forms, category, polarity, side, row.cell(5));
    }

    private static IgnoredWord ignoredWord(Row row, String word, List<String> forms) {
        String polarity = row.cell(3);
        String side = row.cell(4);
        if (!(polarity.isEmpty() || polarity.equals("0")) || !(side.isEmpty() || side.equalsIgnoreCase("any"))) {
            throw row.error("an ignore row takes no polarity and no side (leave them empty)");
        }
        return new IgnoredWord(word, forms);
    }

    private static int polarity(Row row, String cell) {
        int polarity;
        try {
            polarity = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw row.error("polarity must be an integer from " + RhetoricTerm.MIN_POLARITY + " to "
                    + RhetoricTerm.MAX_POLARITY + ": '" + cell + "'");
        }
        if (polarity < RhetoricTerm.MIN_POLARITY || polarity > RhetoricTerm.MAX_POLARITY) {
            throw row.error("polarity must be from " + RhetoricTerm.MIN_POLARITY + " to "
                    + RhetoricTerm.MAX_POLARITY + ": " + polarity);
        }
        return polarity;
    }

    /** The term and its other written forms, deduplicated; a form with white space inside could never match. */
    private static List<String> forms(Row row, String term) {
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        forms.add(term);
        for (String part : row.cell(1).split("[,，]")) {
            String form = part.strip();
            if (!form.isEmpty()) {
                forms.add(form);
            }
        }
        for (String form : forms) {
            if (form.codePoints().anyMatch(Character::isWhitespace)) {
                throw row.error("'" + form + "' contains white space; separate forms with commas");
            }
        }
        return List.copyOf(forms);
    }

    private static String versionOf(List<Row> rows) {
        StringBuilder canonical = new StringBuilder();
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.cells().length; i++) {
                cells.add(row.cell(i));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1); // trailing empty cells are the same row
            }
            canonical.append(String.join("\t", cells)).append('\n');
        }
        return ArticleIds.sha256Hex(canonical.toString()).substring(0, VERSION_HEX_CHARS);
    }
}
