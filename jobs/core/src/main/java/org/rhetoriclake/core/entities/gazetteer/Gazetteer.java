package org.rhetoriclake.core.entities.gazetteer;

import org.rhetoriclake.core.model.EntityType;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.rhetoriclake.core.config.TsvTable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The actors of diplomatic news and a finder for their names: see the package description for why, and the
 * header of {@code conf/gazetteer/actors.tsv} for the file format.
 *
 * <p>Immutable and thread-safe: everything is built in the constructor and never changed, so one instance can
 * be shared by every task of a JVM (or broadcast).
 *
 * <p>{@link #find(String)} scans the text left to right; at each position it takes the longest alias that starts
 * there, records it and continues after it, so matches never overlap and 美国国务院 is one ministry rather than
 * 美国 + 国务院. An alias that starts or ends with a Latin letter or digit only matches as a whole word (UN does
 * not fire inside UNHCR). Matching is exact: texts in Traditional script are matched against the Traditional
 * aliases the file lists, and the job's Simplified copy of an article against the Simplified ones.
 */
public final class Gazetteer {

    /** Where the jar keeps the default gazetteer (the build copies {@code conf/gazetteer/} there). */
    public static final String CLASSPATH_DIR = "org/rhetoriclake/gazetteer/";
    /** The file's name, in {@code conf/gazetteer/} and on the classpath. */
    public static final String ACTORS = "actors.tsv";

    static final List<String> HEADER = List.of("id", "type", "canonical", "affiliation", "aliases", "roles", "note");
    static final Set<EntityType> TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE, EntityType.LOCATION);

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern LOCAL_ID = Pattern.compile("rl:(person|org|gpe|loc)/[a-z0-9]+(-[a-z0-9]+)*");
    private static final Map<String, EntityType> LOCAL_PREFIX = Map.of(
            "person", EntityType.PERSON, "org", EntityType.ORGANIZATION, "gpe", EntityType.GPE, "loc", EntityType.LOCATION);
    private static final Pattern ISO = Pattern.compile("[A-Z]{2}");
    private static final Pattern ROLE = Pattern.compile("(.*?)(?:\\s+(\\d{4})(-(\\d{4})?)?)?");
    private static final Pattern AMBIGUOUS = Pattern.compile("ambiguous:\\s*([^\\s;,()]+)");

    private final List<GazetteerEntry> entries;
    private volatile String version;
    private final Map<String, GazetteerEntry> byId;
    private final Map<String, List<GazetteerEntry>> byAlias;
    private final Node root;
    /** Heads of state or government by the first character of each of their aliases, for {@link #leaders}. */
    private final Map<Character, List<GazetteerEntry>> leadersByInitial;

    private Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, GazetteerEntry> ids = new LinkedHashMap<>();
        Map<String, List<GazetteerEntry>> aliases = new HashMap<>();
        for (GazetteerEntry e : this.entries) {
            if (ids.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate id " + e.id());
            }
            for (String alias : e.aliases()) {
                aliases.computeIfAbsent(alias, a -> new ArrayList<>()).add(e);
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        Map<String, List<GazetteerEntry>> frozen = new HashMap<>();
        Node trie = new Node();
        aliases.forEach((alias, es) -> {
            List<GazetteerEntry> list = List.copyOf(es);
            frozen.put(alias, list);
            trie.insert(alias, list);
        });
        this.byAlias = Collections.unmodifiableMap(frozen);
        this.root = trie;
        Map<Character, List<GazetteerEntry>> leaders = new HashMap<>();
        for (GazetteerEntry e : this.entries) {
            if (e.type() == EntityType.PERSON && e.roles().stream().anyMatch(r -> isLeaderTitle(r.title()))) {
                e.aliases().stream().filter(a -> !a.isEmpty()).map(a -> a.charAt(0)).distinct()
                        .forEach(c -> leaders.computeIfAbsent(c, k -> new ArrayList<>()).add(e));
            }
        }
        this.leadersByInitial = leaders;
    }

    /**
     * A gazetteer of entries built in code (tests, or callers that keep their actors elsewhere). Only ids are
     * checked here; the file checks (one entity per alias and type…) apply to {@link #parse} and the loaders.
     */
    public static Gazetteer of(List<GazetteerEntry> entries) {
        return new Gazetteer(entries);
    }

    /** The gazetteer shipped in the jar (a copy of {@code conf/gazetteer/actors.tsv}). */
    public static Gazetteer defaults() {
        return org.rhetoriclake.core.config.ConfFile.fromClasspath(CLASSPATH_DIR, ACTORS, Gazetteer::parse);
    }

    /**
     * The gazetteer in {@code dir} (e.g. {@code conf/gazetteer}); when the directory has no {@value #ACTORS} the
     * jar's copy is used, as the lexicons do.
     */
    public static Gazetteer load(Path dir) {
        return org.rhetoriclake.core.config.ConfFile.load(Objects.requireNonNull(dir, "dir"), CLASSPATH_DIR, ACTORS,
                Gazetteer::parse);
    }

    /**
     * Parses a gazetteer in the {@code actors.tsv} format.
     *
     * @param source the name errors carry ({@code source:line: message})
     * @throws IllegalArgumentException on the first bad line, with {@code source:line}
     */
    public static Gazetteer parse(String source, Reader in) {
        return new Gazetteer(new Parser(source).parse(in));
    }

    /** Every entry, in file order. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /**
     * The first 12 hex digits of SHA-256 over the entries as parsed (ids, names, aliases, offices, affiliations),
     * so rows can say which gazetteer linked them. Comments and layout of the file do not change it; any change
     * to an actor does.
     */
    public String version() {
        String v = version;
        if (v == null) {
            StringBuilder canonical = new StringBuilder();
            for (GazetteerEntry e : entries) {
                canonical.append(e).append('\n');
            }
            v = org.rhetoriclake.core.extract.ArticleIds.sha256Hex(canonical.toString()).substring(0, 12);
            version = v;
        }
        return v;
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entries a written form names exactly (the default reading first); empty when none. */
    public List<GazetteerEntry> lookup(String alias) {
        return byAlias.getOrDefault(alias, List.of());
    }

    /**
     * The actor a side code stands for ({@code US} → 美国): the first GPE row with that affiliation, else the
     * first row of any type ({@code EU} → 欧盟). The file lists each country before its cities and territories.
     */
    public Optional<GazetteerEntry> country(String code) {
        Objects.requireNonNull(code, "code");
        GazetteerEntry any = null;
        for (GazetteerEntry e : entries) {
            if (code.equals(e.affiliation())) {
                if (e.type() == EntityType.GPE) {
                    return Optional.of(e);
                }
                if (any == null) {
                    any = e;
                }
            }
        }
        return Optional.ofNullable(any);
    }

    /**
     * The heads of state or government (a role of 总统, 主席, 总理, 首相 or 总书记, not a deputy's) a name initial
     * can stand for in a summit portmanteau ({@code 拜} of 拜习会 → 拜登, {@code 川} of 川习会 → 特朗普, by the
     * alias 川普): the people with an alias starting with {@code initial} who held such a role in {@code year},
     * or, with no year or nobody in office then, everyone who ever held one.
     */
    public List<GazetteerEntry> leaders(char initial, Integer year) {
        List<GazetteerEntry> ever = leadersByInitial.getOrDefault(initial, List.of());
        if (ever.isEmpty() || year == null) {
            return List.copyOf(ever);
        }
        List<GazetteerEntry> then = new ArrayList<>();
        for (GazetteerEntry e : ever) {
            if (e.roles().stream().anyMatch(r -> isLeaderTitle(r.title()) && r.heldIn(year))) {
                then.add(e);
            }
        }
        return List.copyOf(then.isEmpty() ? ever : then);
    }

    private static boolean isLeaderTitle(String title) {
        if (title.contains("副") || title.contains("前")) {
            return false;
        }
        return title.endsWith("总统") || title.endsWith("国家主席") || title.endsWith("总理") || title.endsWith("首相")
                || title.endsWith("总书记");
    }

    /** The alias at {@code start} that {@link #find} would take there, if any. */
    public Optional<GazetteerMatch> matchAt(String text, int start) {
        return Optional.ofNullable(longestAt(text, start));
    }

    /** Every alias in {@code text}: left to right, the longest at each position, non-overlapping. */
    public List<GazetteerMatch> find(String text) {
        Objects.requireNonNull(text, "text");
        List<GazetteerMatch> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            GazetteerMatch m = longestAt(text, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    private GazetteerMatch longestAt(String text, int start) {
        if (start > 0 && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) {
            return null; // a Latin alias must start a word; a CJK one never starts with a word char
        }
        Node node = root;
        int bestEnd = -1;
        List<GazetteerEntry> best = null;
        for (int i = start; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            int end = i + 1;
            if (node.entries != null && (end == text.length() || !isWordChar(text.charAt(end)) || !isWordChar(text.charAt(i)))) {
                bestEnd = end;
                best = node.entries;
            }
        }
        if (best == null) {
            return null;
        }
        return new GazetteerMatch(start, bestEnd, text.substring(start, bestEnd), best.get(0), best);
    }

    /** ASCII letters and digits: the chars a Latin alias must not be glued to. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** A trie node; children by char. Built once in the constructor, read-only afterwards. */
    private static final class Node {
        private Map<Character, Node> children;
        private List<GazetteerEntry> entries;

        Node child(char c) {
            return children == null ? null : children.get(c);
        }

        void insert(String alias, List<GazetteerEntry> es) {
            Node node = this;
            for (int i = 0; i < alias.length(); i++) {
                if (node.children == null) {
                    node.children = new HashMap<>(4);
                }
                node = node.children.computeIfAbsent(alias.charAt(i), c -> new Node());
            }
            node.entries = es;
        }
    }

    // ---------------------------------------------------------------- parsing

    private static final class Parser {
        private final String source;
        /** (type, alias) → the row that claimed it first. */
        private final Map<String, Claim> claims = new HashMap<>();
        private final Map<String, Integer> idLines = new HashMap<>();

        private record Claim(String id, int line, Set<String> ambiguous) {
        }

        Parser(String source) {
            this.source = source;
        }

        List<GazetteerEntry> parse(Reader in) {
            List<GazetteerEntry> out = new ArrayList<>();
            Map<String, Integer> declaredAmbiguous = new LinkedHashMap<>(); // "id\talias" → line
            Set<String> sharedAliases = new java.util.HashSet<>();            // "type\talias" claimed twice
            for (TsvTable.Row tsv : TsvTable.read(source, in, HEADER)) {
                int lineNo = tsv.line();
                String[] cells = tsv.cells();
                GazetteerEntry e = row(lineNo, cells);
                Set<String> ambiguous = ambiguous(lineNo, e);
                for (String alias : ambiguous) {
                    declaredAmbiguous.put(e.id() + "\t" + alias, lineNo);
                }
                for (String alias : e.aliases()) {
                    String key = e.type() + "\t" + alias;
                    Claim first = claims.putIfAbsent(key, new Claim(e.id(), lineNo, ambiguous));
                    if (first != null) {
                        if (!first.ambiguous().contains(alias) || !ambiguous.contains(alias)) {
                            throw error(lineNo, "alias '" + alias + "' of " + e.id() + " is already a " + e.type()
                                    + " alias of " + first.id() + " (" + source + ":" + first.line() + "); if both"
                                    + " readings are real, write 'ambiguous: " + alias + "' in the note of both rows");
                        }
                        sharedAliases.add(key);
                    }
                }
                out.add(e);
            }
            // A row that declares an alias ambiguous while no other row of its type shares it is stale.
            Map<String, GazetteerEntry> ids = new HashMap<>();
            out.forEach(e -> ids.put(e.id(), e));
            declaredAmbiguous.forEach((idAlias, line) -> {
                String[] parts = idAlias.split("\t", 2);
                EntityType type = ids.get(parts[0]).type();
                if (!sharedAliases.contains(type + "\t" + parts[1])) {
                    throw error(line, "'" + parts[1] + "' is declared ambiguous but no other " + type + " has it");
                }
            });
            return out;
        }

        private GazetteerEntry row(int line, String[] cells) {
            if (cells.length > HEADER.size()) {
                throw error(line, cells.length + " columns, at most " + HEADER.size() + " (a tab inside a cell?)");
            }
            String id = required(line, cells, 0, "id");
            String typeName = required(line, cells, 1, "type");
            String canonical = required(line, cells, 2, "canonical");
            String affiliation = cell(cells, 3);
            String aliasCell = cell(cells, 4);
            String roleCell = cell(cells, 5);
            String note = cell(cells, 6);

            EntityType type;
            try {
                type = EntityType.valueOf(typeName);
            } catch (IllegalArgumentException e) {
                type = null;
            }
            if (type == null || !TYPES.contains(type)) {
                throw error(line, "unknown type '" + typeName + "' (known: PERSON, ORGANIZATION, GPE, LOCATION)");
            }
            if (id.startsWith("Q")) {
                if (!QID.matcher(id).matches()) {
                    throw error(line, "bad Wikidata id '" + id + "': Q followed by digits, no leading zero");
                }
            } else {
                Matcher m = LOCAL_ID.matcher(id);
                if (!m.matches()) {
                    throw error(line, "bad id '" + id + "': a Wikidata QID (Q30) or rl:person|org|gpe|loc/lower-case-words");
                }
                if (LOCAL_PREFIX.get(m.group(1)) != type) {
                    throw error(line, "id '" + id + "' does not fit type " + type);
                }
            }
            Integer previous = idLines.putIfAbsent(id, line);
            if (previous != null) {
                throw error(line, "duplicate id " + id + " (first at " + source + ":" + previous + ")");
            }
            if (!affiliation.isEmpty() && !ISO.matcher(affiliation).matches()) {
                throw error(line, "affiliation must be two capital letters (ISO-3166 alpha-2) or empty: '" + affiliation + "'");
            }
            LinkedHashSet<String> aliases = new LinkedHashSet<>();
            aliases.add(canonical);
            if (!aliasCell.isEmpty()) {
                for (String a : aliasCell.split("\\|", -1)) {
                    String alias = a.strip();
                    if (alias.isEmpty()) {
                        throw error(line, "empty alias in '" + aliasCell + "'");
                    }
                    aliases.add(alias);
                }
            }
            List<GazetteerEntry.Role> roles = new ArrayList<>();
            if (!roleCell.isEmpty()) {
                for (String r : roleCell.split("\\|", -1)) {
                    roles.add(role(line, r.strip()));
                }
            }
            return new GazetteerEntry(id, type, canonical, affiliation.isEmpty() ? null : affiliation,
                    List.copyOf(aliases), roles, note);
        }

        private GazetteerEntry.Role role(int line, String text) {
            Matcher m = ROLE.matcher(text);
            if (text.isEmpty() || !m.matches() || m.group(1).isBlank() || m.group(1).matches(".*\\d{4}.*")) {
                throw error(line, "bad role '" + text + "': office, office YYYY, office YYYY- or office YYYY-YYYY");
            }
            Integer from = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            Integer to;
            if (m.group(2) == null) {
                to = null;
            } else if (m.group(3) == null) {
                to = from; // one year
            } else {
                to = m.group(4) == null ? null : Integer.valueOf(m.group(4));
            }
            if (from != null && to != null && to < from) {
                throw error(line, "role '" + text + "' ends before it starts");
            }
            return new GazetteerEntry.Role(m.group(1).strip(), from, to);
        }

        private Set<String> ambiguous(int line, GazetteerEntry e) {
            Set<String> out = new LinkedHashSet<>();
            Matcher m = AMBIGUOUS.matcher(e.note());
            while (m.find()) {
                for (String alias : m.group(1).split("\\|")) {
                    if (!alias.isEmpty()) {
                        if (!e.aliases().contains(alias)) {
                            throw error(line, "'" + alias + "' is declared ambiguous but is not a name of " + e.id());
                        }
                        out.add(alias);
                    }
                }
            }
            return out;
        }

        private static String cell(String[] cells, int i) {
            return i < cells.length ? cells[i].strip() : "";
        }

        private String required(int line, String[] cells, int i, String name) {
            String v = cell(cells, i);
            if (v.isEmpty()) {
                throw error(line, "missing " + name);
            }
            return v;
        }

        private IllegalArgumentException error(int line, String message) {
            return new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }
}
