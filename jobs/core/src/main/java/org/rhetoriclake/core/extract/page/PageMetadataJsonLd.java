package org.rhetoriclake.core.extract.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article facts a page states in its JSON-LD blocks ({@code <script type="application/ld+json">}): schema.org
 * {@code headline}, {@code datePublished}, {@code dateModified}, {@code author}, {@code publisher}, and the
 * {@code title} / {@code pubDate} keys of Baidu's "cambrian" variant that Chinese sites use.
 *
 * <p>The JSON reader is small and strict: a block that is not valid JSON (sites do ship broken ones) is skipped
 * whole, never half-read. Nesting is capped, and so is the size of a block read, so a hostile page cannot make it
 * recurse deep or spend long.
 */
final class PageMetadataJsonLd {
    /** Deeper JSON is not article metadata; the reader stops there instead of recursing on. */
    static final int MAX_DEPTH = 64;
    /** Longer blocks are skipped (article metadata is a few kilobytes). */
    static final int MAX_CHARS = 1_000_000;

    /** A person or organisation named as author. */
    record Author(String name, boolean organization) {
    }

    final String headline;
    final String datePublished;
    final String dateModified;
    final List<Author> authors;
    final String publisher;
    final String url;

    private PageMetadataJsonLd(String headline, String datePublished, String dateModified, List<Author> authors,
            String publisher, String url) {
        this.headline = headline;
        this.datePublished = datePublished;
        this.dateModified = dateModified;
        this.authors = authors;
        this.publisher = publisher;
        this.url = url;
    }

    /** What the JSON-LD blocks of {@code doc} say; the article-typed object wins over other objects. */
    static PageMetadataJsonLd read(Document doc) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Element script : doc.select("script[type]")) {
            String type = script.attr("type").toLowerCase(Locale.ROOT).trim();
            if (!type.startsWith("application/ld+json")) {
                continue;
            }
            String json = script.data();
            if (json.length() > MAX_CHARS) {
                continue;
            }
            Object value;
            try {
                value = new Reader(json).readDocument();
            } catch (IllegalArgumentException e) {
                continue;
            }
            collectObjects(value, objects, 0);
        }
        objects.sort((a, b) -> Integer.compare(rank(b), rank(a)));
        String headline = null;
        String published = null;
        String modified = null;
        List<Author> authors = new ArrayList<>();
        String publisher = null;
        String url = null;
        for (Map<String, Object> o : objects) {
            if (rank(o) == 0) {
                continue;
            }
            if (headline == null) {
                headline = firstString(o, "headline", "title");
            }
            if (published == null) {
                published = firstString(o, "datePublished", "pubDate", "dateCreated", "uploadDate");
            }
            if (modified == null) {
                modified = firstString(o, "dateModified", "upDate");
            }
            if (authors.isEmpty()) {
                addAuthors(o.get("author"), authors, 0);
                addAuthors(o.get("creator"), authors, 0);
            }
            if (publisher == null) {
                publisher = name(o.get("publisher"));
            }
            if (url == null) {
                url = firstString(o, "url");
            }
        }
        return new PageMetadataJsonLd(headline, published, modified, List.copyOf(authors), publisher, url);
    }

    /**
     * How article-like an object is: 3 for the article types, 2 for web pages, 1 for an untyped object that carries
     * article keys (the cambrian form), 0 for the rest (breadcrumbs, organisations, images).
     */
    private static int rank(Map<String, Object> o) {
        String type = types(o.get("@type"));
        if (type.contains("article") || type.contains("posting") || type.contains("report")
                || type.contains("newsarticle")) {
            return 3;
        }
        if (type.contains("webpage")) {
            return 2;
        }
        if (type.isEmpty()
                && (o.containsKey("pubDate") || o.containsKey("datePublished") || o.containsKey("headline"))) {
            return 1;
        }
        return 0;
    }

    private static String types(Object t) {
        if (t instanceof String s) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (t instanceof List<?> l) {
            StringBuilder b = new StringBuilder();
            for (Object x : l) {
                if (x instanceof String s) {
                    b.append(s.toLowerCase(Locale.ROOT)).append(' ');
                }
            }
            return b.toString();
        }
        return "";
    }

    @SuppressWarnings("unchecked")
    private static void collectObjects(Object value, List<Map<String, Object>> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> o = (Map<String, Object>) m;
            out.add(o);
            Object graph = o.get("@graph");
            if (graph != null) {
                collectObjects(graph, out, depth + 1);
            }
            Object main = o.get("mainEntity");
            if (main instanceof Map<?, ?>) {
                collectObjects(main, out, depth + 1);
            }
        } else if (value instanceof List<?> l) {
            for (Object x : l) {
                collectObjects(x, out, depth + 1);
            }
        }
    }

    private static String firstString(Map<String, Object> o, String... keys) {
        for (String k : keys) {
            Object v = o.get(k);
            if (v instanceof List<?> l && !l.isEmpty()) {
                v = l.get(0);
            }
            if (v instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    private static String name(Object v) {
        if (v instanceof List<?> l && !l.isEmpty()) {
            v = l.get(0);
        }
        if (v instanceof Map<?, ?> m && m.get("name") instanceof String s && !s.isBlank()) {
            return s;
        }
        return v instanceof String s && !s.isBlank() ? s : null;
    }

    private static void addAuthors(Object v, List<Author> out, int depth) {
        if (v == null || depth > 4) {
            return;
        }
        if (v instanceof List<?> l) {
            for (Object x : l) {
                addAuthors(x, out, depth + 1);
            }
        } else if (v instanceof Map<?, ?> m) {
            if (m.get("name") instanceof String s && !s.isBlank()) {
                String type = types(m.get("@type"));
                out.add(new Author(s, type.contains("organization") || type.contains("organisation")));
            }
        } else if (v instanceof String s && !s.isBlank()) {
            out.add(new Author(s, false));
        }
    }

    /** A strict JSON reader producing maps, lists, strings, numbers (as text), booleans and nulls. */
    static final class Reader {
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        /** The one value of the text; comment wrappers some CMSs put around it are tolerated. */
        Object readDocument() {
            String t = s.strip();
            if (t.startsWith("<!--")) {
                t = t.substring(4);
                int end = t.lastIndexOf("-->");
                if (end >= 0) {
                    t = t.substring(0, end);
                }
            }
            Reader r = new Reader(t);
            r.skipSpace();
            Object v = r.value(0);
            r.skipSpace();
            if (r.i < r.s.length() && r.s.charAt(r.i) == ';') {
                r.i++;
                r.skipSpace();
            }
            if (r.i != r.s.length()) {
                throw new IllegalArgumentException("trailing text at " + r.i);
            }
            return v;
        }

        private Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("too deep");
            }
            skipSpace();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object(depth);
                case '[':
                    return array(depth);
                case '"':
                    return string();
                default:
                    return literal();
            }
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            skipSpace();
            if (peek() == '}') {
                i++;
                return m;
            }
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw new IllegalArgumentException("key expected at " + i);
                }
                String k = string();
                skipSpace();
                expect(':');
                Object v = value(depth + 1);
                m.putIfAbsent(k, v);
                skipSpace();
                char c = next();
                if (c == '}') {
                    return m;
                }
                if (c != ',') {
                    throw new IllegalArgumentException("',' or '}' expected at " + i);
                }
            }
        }

        private List<Object> array(int depth) {
            List<Object> l = new ArrayList<>();
            i++;
            skipSpace();
            if (peek() == ']') {
                i++;
                return l;
            }
            while (true) {
                l.add(value(depth + 1));
                skipSpace();
                char c = next();
                if (c == ']') {
                    return l;
                }
                if (c != ',') {
                    throw new IllegalArgumentException("',' or ']' expected at " + i);
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = next();
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            if (i + 4 > s.length()) {
                                throw new IllegalArgumentException("bad escape");
                            }
                            try {
                                b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            } catch (NumberFormatException ex) {
                                throw new IllegalArgumentException("bad escape", ex);
                            }
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private Object literal() {
            int start = i;
            while (i < s.length() && "{}[],:\"".indexOf(s.charAt(i)) < 0 && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            String t = s.substring(start, i);
            switch (t) {
                case "true":
                    return Boolean.TRUE;
                case "false":
                    return Boolean.FALSE;
                case "null":
                    return null;
                default:
                    if (t.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
                        return t;
                    }
                    throw new IllegalArgumentException("unexpected '" + t + "' at " + start);
            }
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private char peek() {
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            return s.charAt(i);
        }

        private char next() {
            char c = peek();
            i++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("'" + c + "' expected at " + (i - 1));
            }
        }
    }
}
