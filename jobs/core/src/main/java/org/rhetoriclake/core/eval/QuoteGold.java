package org.rhetoriclake.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.rhetoriclake.core.model.QuoteKind;

/**
 * One gold file in the {@code seed.json} schema, as far as quote evaluation reads it: the input file it describes
 * ({@code file}, relative to a root folder), its quotes with speakers and relays, and the texts that are not
 * quotes. Other fields (metadata, entities) are ignored here.
 *
 * @param docId     the gold's {@code doc_id}, or the file name
 * @param source    the gold file itself, for messages
 * @param file      the input the gold describes, relative to the evaluation root
 * @param quotes    the gold quotes in article order
 * @param notQuotes texts that look like quotes and are not
 */
public record QuoteGold(String docId, Path source, String file, List<Quote> quotes, List<String> notQuotes) {

    public QuoteGold {
        Objects.requireNonNull(file, "file");
        quotes = List.copyOf(quotes);
        notQuotes = List.copyOf(notQuotes);
    }

    /**
     * One gold quote.
     *
     * @param kind           direct or indirect
     * @param text           the quoted words or reported clause
     * @param speaker        the speaker's short name
     * @param speakerMention the fullest mention of the speaker, or null
     * @param reportedVia    the relaying medium, or null
     * @param paragraph      0-based paragraph index in the gold's body paragraphs (for messages; the input's
     *                       own paragraphs may be numbered differently)
     */
    public record Quote(QuoteKind kind, String text, String speaker, String speakerMention, String reportedVia,
                        int paragraph) {
        public Quote {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(speaker, "speaker");
        }
    }

    /** Reads one gold file; a file without {@code file} or with a quote of unknown kind is an error naming it. */
    public static QuoteGold read(Path json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold " + json + ": " + e.getMessage(), e);
        }
        String file = text(root, "file");
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException(json + ": no \"file\" naming the input it describes");
        }
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        for (JsonNode q : root.path("quotes")) {
            String kind = q.path("kind").asText("");
            QuoteKind k;
            try {
                k = QuoteKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(json + ": quote " + i + " has kind '" + kind + "' (direct or indirect)", e);
            }
            quotes.add(new Quote(k, q.path("text").asText(""), q.path("speaker").asText(""), text(q, "speaker_mention"),
                    text(q, "reported_via"), q.path("paragraph").asInt(-1)));
            i++;
        }
        List<String> notQuotes = new ArrayList<>();
        root.path("not_quotes").forEach(n -> notQuotes.add(n.isTextual() ? n.asText() : n.path("text").asText("")));
        String docId = text(root, "doc_id");
        return new QuoteGold(docId == null ? json.getFileName().toString() : docId, json, file, quotes, notQuotes);
    }

    /** Every {@code *.json} gold file directly in {@code dir}, or {@code dir} itself when it is a file, sorted. */
    public static List<Path> files(Path dir) {
        if (Files.isRegularFile(dir)) {
            return List.of(dir);
        }
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
