package org.rhetoriclake.core.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;
import org.rhetoriclake.core.model.Quote;
import org.rhetoriclake.core.model.QuoteKind;
import org.rhetoriclake.core.model.SourceRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the gold files in the shared data directory ({@code ../shared} beside the project, or the directory
 * named by the system property {@code rhetoric.shared}) and scores extracted quotes against them. Test code
 * only: the gold is third-party-derived text and stays out of {@code src/main}.
 */
final class GoldFiles {

    private GoldFiles() {
    }

    static Path sharedDir() {
        return org.rhetoriclake.core.testing.TestPaths.sharedDir();
    }

    record GoldQuote(QuoteKind kind, String speaker, String speakerMention, String speakerSurface, int paragraph,
                     String text, String reportedVia, String nestedIn) {
    }

    record Gold(String docId, Article article, List<GoldQuote> quotes, List<String> notQuotes) {
    }

    static Gold read(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            String docId = root.path("doc_id").asText(file.getFileName().toString());
            Set<String> subheadings = new HashSet<>();
            root.path("subheadings").forEach(n -> subheadings.add(n.asText()));
            List<Paragraph> paragraphs = new ArrayList<>();
            int i = 0;
            for (JsonNode n : root.path("body_paragraphs")) {
                String text = n.asText();
                paragraphs.add(new Paragraph(i++, subheadings.contains(text) ? ParagraphKind.SUBHEADING
                        : ParagraphKind.BODY, text));
            }
            List<String> captions = new ArrayList<>();
            root.path("image_captions").forEach(n -> captions.add(n.asText()));
            Article article = new Article(docId, SourceRef.ofFile(file.toString()), root.path("url").asText(null),
                    root.path("title").asText(""), null, null, Byline.EMPTY, "zh-Hans", paragraphs, captions,
                    "0", null, "UTF-8");
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonNode q : root.path("quotes")) {
                quotes.add(new GoldQuote(
                        QuoteKind.valueOf(q.path("kind").asText().toUpperCase(Locale.ROOT)),
                        q.path("speaker").asText(), textOrNull(q, "speaker_mention"), textOrNull(q, "speaker_surface"),
                        q.path("paragraph").asInt(), q.path("text").asText(),
                        textOrNull(q, "reported_via"), textOrNull(q, "nested_in")));
            }
            List<String> notQuotes = new ArrayList<>();
            root.path("not_quotes").forEach(n -> notQuotes.add(n.path("text").asText()));
            return new Gold(docId, article, quotes, notQuotes);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    static List<Path> devFiles() {
        Path dir = sharedDir().resolve("gold/dev");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + dir, e);
        }
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    // ---------------------------------------------------------------- scoring

    /** Counts for one kind. */
    static final class Score {
        int tp;
        int fp;
        int fn;

        void add(Score o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.2f R %.2f (tp %d fp %d fn %d)", precision(), recall(), tp, fp, fn);
        }
    }

    /** Result of matching one article. */
    record Match(Score direct, Score indirect, List<String> misses, List<String> extras) {
    }

    /**
     * Matches predictions to gold: same kind and paragraph, speakers that agree (equal, or one contains the
     * other, comparing short names and mentions) and texts that overlap by at least half of the shorter one.
     * Each prediction matches at most one gold quote.
     */
    static Match match(Gold gold, List<Quote> predicted) {
        return match(gold, predicted, false);
    }

    /**
     * {@code strict}: the short names must be equal and each text must cover at least 80% of the other;
     * otherwise speakers agree when one contains the other and texts overlap by half of the shorter one.
     */
    static Match match(Gold gold, List<Quote> predicted, boolean strict) {
        Score direct = new Score();
        Score indirect = new Score();
        List<String> misses = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        boolean[] used = new boolean[predicted.size()];
        for (GoldQuote g : gold.quotes()) {
            Score s = g.kind() == QuoteKind.DIRECT ? direct : indirect;
            int found = -1;
            for (int i = 0; i < predicted.size(); i++) {
                Quote q = predicted.get(i);
                if (!used[i] && q.kind() == g.kind() && q.paragraph() == g.paragraph()
                        && (strict ? norm(q.speaker()).equals(norm(g.speaker())) : speakerAgrees(g, q))
                        && overlaps(gold, g, q, strict)) {
                    found = i;
                    break;
                }
            }
            if (found >= 0) {
                used[found] = true;
                s.tp++;
            } else {
                s.fn++;
                misses.add("p" + g.paragraph() + " " + g.kind() + " [" + g.speaker() + "] " + clip(g.text()));
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                Quote q = predicted.get(i);
                (q.kind() == QuoteKind.DIRECT ? direct : indirect).fp++;
                extras.add("p" + q.paragraph() + " " + q.kind() + " [" + q.speaker() + " | " + q.speakerMention()
                        + " | " + q.cue() + "] " + clip(q.text()));
            }
        }
        return new Match(direct, indirect, misses, extras);
    }

    static boolean speakerAgrees(GoldQuote g, Quote q) {
        List<String> ours = new ArrayList<>();
        ours.add(norm(q.speaker()));
        if (q.speakerMention() != null) {
            ours.add(norm(q.speakerMention()));
        }
        List<String> theirs = new ArrayList<>();
        theirs.add(norm(g.speaker()));
        if (g.speakerMention() != null) {
            theirs.add(norm(g.speakerMention()));
        }
        for (String a : ours) {
            for (String b : theirs) {
                if (a.length() >= 2 && b.length() >= 2 && (a.contains(b) || b.contains(a))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlaps(Gold gold, GoldQuote g, Quote q, boolean strict) {
        String para = gold.article().paragraphs().get(g.paragraph()).text();
        int gs = para.indexOf(g.text());
        if (gs < 0) {
            return strict ? q.text().equals(g.text()) : q.text().contains(g.text()) || g.text().contains(q.text());
        }
        int ge = gs + g.text().length();
        int overlap = Math.min(ge, q.end()) - Math.max(gs, q.start());
        if (overlap <= 0) {
            return false;
        }
        if (strict) {
            return overlap * 5 >= (ge - gs) * 4 && overlap * 5 >= (q.end() - q.start()) * 4;
        }
        int shorter = Math.min(ge - gs, q.end() - q.start());
        return overlap * 2 >= shorter;
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("[《》\\s·\\-]", "");
    }

    static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
