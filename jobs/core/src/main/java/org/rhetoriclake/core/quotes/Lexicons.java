package org.rhetoriclake.core.quotes;

import org.rhetoriclake.core.config.TsvTable;
import org.rhetoriclake.core.config.TsvTable.Row;
import org.rhetoriclake.core.model.SpeakerType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The word lists the quote extractor works from: cue verbs, speaker heads (role titles, anonymous-source,
 * media and organisation words) and affiliation prefixes. They are data, not code, so that an editor can
 * extend them without a release: the files live in {@code conf/lexicon/} and the jar carries a copy as
 * classpath defaults under {@value #CLASSPATH_DIR}.
 *
 * <p>Each file is UTF-8 TSV: {@code #} comment lines (the files document themselves at the top), one header
 * line, then one entry per line. A malformed line fails loading with the file and line number: a lexicon is
 * loaded once, on the driver, and a typo should stop the job there rather than silently drop quotes.
 */
public final class Lexicons {

    /** Where the jar keeps the default lexicons (the build copies {@code conf/lexicon/} there). */
    public static final String CLASSPATH_DIR = "org/rhetoriclake/lexicon/";
    public static final String CUE_VERBS = "cue-verbs.tsv";
    public static final String ROLE_TITLES = "role-titles.tsv";
    public static final String AFFILIATIONS = "affiliations.tsv";

    /** Hints a cue verb may carry; anything else in the file is a typo. */
    public static final Set<String> CUE_HINTS = Set.of(
            "say", "think", "assert", "announce", "report", "write", "bare", "ju", "obj", "compound");

    /**
     * One cue verb.
     *
     * @param cue   the verb in Simplified script
     * @param forms every written form the matcher looks for, the Simplified one first
     * @param hints see {@link #CUE_HINTS} and the header of {@code cue-verbs.tsv}
     * @param notIn words that contain the cue but are not reporting verbs
     */
    public record CueVerb(String cue, List<String> forms, Set<String> hints, List<String> notIn) {
        public CueVerb {
            Objects.requireNonNull(cue, "cue");
            forms = List.copyOf(forms);
            hints = Set.copyOf(hints);
            notIn = List.copyOf(notIn);
        }

        public boolean has(String hint) {
            return hints.contains(hint);
        }
    }

    /**
     * One speaker head: a word a speaker phrase ends with, before the name if there is one.
     *
     * @param title the head in Simplified script
     * @param forms every written form, the Simplified one first
     * @param type  what a phrase ending with this head is (see the header of {@code role-titles.tsv})
     */
    public record RoleTitle(String title, List<String> forms, SpeakerType type) {
        public RoleTitle {
            Objects.requireNonNull(title, "title");
            forms = List.copyOf(forms);
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * One affiliation prefix.
     *
     * @param prefix    the word as written
     * @param code      ISO-3166 alpha-2 code
     * @param startOnly whether it only counts at the start of the role (one-character abbreviations)
     */
    public record Affiliation(String prefix, String code, boolean startOnly) {
        public Affiliation {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(code, "code");
        }
    }

    private final List<CueVerb> cueVerbs;
    private final List<RoleTitle> roleTitles;
    private final List<Affiliation> affiliations;

    private Lexicons(List<CueVerb> cueVerbs, List<RoleTitle> roleTitles, List<Affiliation> affiliations) {
        this.cueVerbs = List.copyOf(cueVerbs);
        this.roleTitles = List.copyOf(roleTitles);
        this.affiliations = List.copyOf(affiliations);
    }

    /** Lexicons built in code (tests, or callers that keep their lists elsewhere). */
    public static Lexicons of(List<CueVerb> cueVerbs, List<RoleTitle> roleTitles, List<Affiliation> affiliations) {
        return new Lexicons(cueVerbs, roleTitles, affiliations);
    }

    /** The lexicons shipped in the jar. */
    public static Lexicons defaults() {
        return new Lexicons(
                parseCueVerbs(CUE_VERBS, classpathReader(CUE_VERBS)),
                parseRoleTitles(ROLE_TITLES, classpathReader(ROLE_TITLES)),
                parseAffiliations(AFFILIATIONS, classpathReader(AFFILIATIONS)));
    }

    /**
     * The lexicons in {@code dir} (e.g. {@code conf/lexicon}); a file missing there falls back to the jar's copy,
     * so a deployment can override one list without copying the others.
     */
    public static Lexicons fromDirectory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return new Lexicons(
                parseCueVerbs(sourceName(dir, CUE_VERBS), reader(dir, CUE_VERBS)),
                parseRoleTitles(sourceName(dir, ROLE_TITLES), reader(dir, ROLE_TITLES)),
                parseAffiliations(sourceName(dir, AFFILIATIONS), reader(dir, AFFILIATIONS)));
    }

    public List<CueVerb> cueVerbs() {
        return cueVerbs;
    }

    public List<RoleTitle> roleTitles() {
        return roleTitles;
    }

    public List<Affiliation> affiliations() {
        return affiliations;
    }

    // ---------------------------------------------------------------- parsing

    static List<CueVerb> parseCueVerbs(String source, Reader in) {
        List<CueVerb> out = new ArrayList<>();
        for (Row row : rows(source, in, List.of("cue", "traditional", "hints", "not_in"))) {
            String cue = row.required(0, "cue");
            List<String> forms = forms(cue, row.cell(1));
            Set<String> hints = new LinkedHashSet<>(split(row.cell(2)));
            for (String h : hints) {
                if (!CUE_HINTS.contains(h)) {
                    throw row.error("unknown hint '" + h + "' (known: " + CUE_HINTS + ")");
                }
            }
            List<String> notIn = split(row.cell(3));
            for (String word : notIn) {
                if (forms.stream().noneMatch(word::contains)) {
                    throw row.error("not_in word '" + word + "' does not contain the cue " + cue);
                }
            }
            out.add(new CueVerb(cue, forms, hints, notIn));
        }
        return out;
    }

    static List<RoleTitle> parseRoleTitles(String source, Reader in) {
        List<RoleTitle> out = new ArrayList<>();
        for (Row row : rows(source, in, List.of("title", "traditional", "type"))) {
            String title = row.required(0, "title");
            String type = row.required(2, "type").toUpperCase(Locale.ROOT);
            SpeakerType speakerType;
            try {
                speakerType = SpeakerType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw row.error("unknown type '" + type + "' (known: " + Arrays.toString(SpeakerType.values()) + ")");
            }
            out.add(new RoleTitle(title, forms(title, row.cell(1)), speakerType));
        }
        return out;
    }

    static List<Affiliation> parseAffiliations(String source, Reader in) {
        List<Affiliation> out = new ArrayList<>();
        for (Row row : rows(source, in, List.of("prefix", "code", "where"))) {
            String prefix = row.required(0, "prefix");
            String code = row.required(1, "code");
            if (!code.matches("[A-Z]{2}")) {
                throw row.error("code must be two capital letters (ISO-3166 alpha-2): '" + code + "'");
            }
            String where = row.cell(2).isEmpty() ? "any" : row.cell(2);
            if (!where.equals("any") && !where.equals("start")) {
                throw row.error("where must be 'any' or 'start': '" + where + "'");
            }
            out.add(new Affiliation(prefix, code, where.equals("start")));
        }
        return out;
    }

    private static List<String> forms(String main, String others) {
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        forms.add(main);
        forms.addAll(split(others));
        return List.copyOf(forms);
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("[,，]")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Row> rows(String source, Reader in, List<String> header) {
        return TsvTable.read(source, in, header);
    }

    private static Reader classpathReader(String file) {
        String resource = CLASSPATH_DIR + file;
        InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon " + resource + " is not on the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String sourceName(Path dir, String file) {
        Path p = dir.resolve(file);
        return Files.isRegularFile(p) ? p.toString() : CLASSPATH_DIR + file;
    }

    private static Reader reader(Path dir, String file) {
        Path p = dir.resolve(file);
        if (!Files.isRegularFile(p)) {
            return classpathReader(file);
        }
        try {
            return Files.newBufferedReader(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("opening " + p, e);
        }
    }
}
