package org.rhetoriclake.core.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A named-entity test set in the character-per-line BIO layout ({@code 北 B-LOC}, a blank line between
 * sentences), as the People's Daily 1998 corpus is distributed: each sentence's text and its gold spans.
 * An {@code I-} tag without a preceding {@code B-} of the same type starts a span (the lenient reading used by
 * the usual CoNLL scorers); a malformed line fails with the file and line number.
 */
public final class BioCorpus {
    private final List<Sentence> sentences;

    private BioCorpus(List<Sentence> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    /** One sentence: its characters joined, and its gold spans (offsets into {@code text}). */
    public record Sentence(String text, List<Span> spans) {
        public Sentence {
            spans = List.copyOf(spans);
        }
    }

    /** A typed span: {@code [start, end)} in the sentence, type such as PER, LOC, ORG. */
    public record Span(int start, int end, String type) {
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The first {@code n} sentences. */
    public BioCorpus head(int n) {
        return new BioCorpus(sentences.subList(0, Math.min(Math.max(0, n), sentences.size())));
    }

    public int characters() {
        return sentences.stream().mapToInt(s -> s.text().length()).sum();
    }

    public static BioCorpus read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    flush(text, tags, out);
                    continue;
                }
                int sp = line.lastIndexOf(' ');
                if (sp <= 0) {
                    throw new IOException(file + ":" + lineNo + ": expected 'CHAR TAG', got '" + line + "'");
                }
                String token = line.substring(0, sp);
                String tag = line.substring(sp + 1).trim().toUpperCase(Locale.ROOT);
                if (!tag.equals("O") && !tag.matches("[BIES]-[A-Z]+")) {
                    throw new IOException(file + ":" + lineNo + ": bad tag '" + tag + "'");
                }
                for (int i = 0; i < token.length(); i++) {
                    // A multi-character token (rare) keeps one tag: B for its first char, I for the rest.
                    tags.add(i == 0 || tag.equals("O") ? tag : "I-" + tag.substring(2));
                }
                text.append(token);
            }
        }
        flush(text, tags, out);
        return new BioCorpus(out);
    }

    private static void flush(StringBuilder text, List<String> tags, List<Sentence> out) {
        if (text.length() == 0) {
            return;
        }
        out.add(new Sentence(text.toString(), spans(tags)));
        text.setLength(0);
        tags.clear();
    }

    /** Spans from per-character tags (B/I, and the S/E of BIOES read as B/I). */
    static List<Span> spans(List<String> tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.equals("O") ? "O" : tag.substring(0, 1);
            String t = tag.equals("O") ? null : tag.substring(2);
            boolean continues = type != null && t != null && t.equals(type) && (prefix.equals("I") || prefix.equals("E"));
            if (!continues && type != null) {
                out.add(new Span(start, i, type));
                type = null;
            }
            if (t != null && !continues) {
                start = i;
                type = t;
            }
            if (prefix.equals("S") || prefix.equals("E")) {
                if (type != null) {
                    out.add(new Span(start, i + 1, type));
                }
                type = null;
            }
        }
        return out;
    }
}
