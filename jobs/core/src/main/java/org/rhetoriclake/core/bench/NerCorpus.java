package org.rhetoriclake.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rhetoriclake.core.entities.MentionBuilder;
import org.rhetoriclake.core.extract.ArticleParser;
import org.rhetoriclake.core.extract.SimplifiedCopy;
import org.rhetoriclake.core.ingest.InputFiles;
import org.rhetoriclake.core.ingest.ReadOptions;
import org.rhetoriclake.core.ingest.RecordStream;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.RawRecord;

/**
 * The text an NER benchmark runs on: the articles the job would analyse from some input files, as the entities
 * stage sees them, read once up front so that reading and parsing stay out of the timings.
 *
 * <p>"As the stage sees them" means: read and parsed with the job's own {@link InputFiles} and
 * {@link ArticleParser}; one article per article id, chosen as the job chooses (latest capture, then first by
 * source and offset), so a page captured twice is not tagged twice; and in its Simplified copy
 * ({@link SimplifiedCopy#of}), which is what NER runs on. The texts the tagger gets are the article's non-blank
 * body paragraphs and subheadings ({@link #taggedTexts}), the selection
 * {@link org.rhetoriclake.core.entities.MentionBuilder} makes.
 *
 * <p>An article with a tagged paragraph longer than the NER length cap is left out ({@link #withinCap}): the
 * stage refuses it part way through, after tagging the paragraphs before the long one, so timing it would
 * compare the stage on less text than raw CoreNLP. It is counted, not hidden.
 */
public final class NerCorpus {
    /** The paragraph kinds the mention builder tags (its own set is private; this one must stay equal). */

    /** The job's pick among articles with the same id: latest capture, then source, then offset. */
    private static final Comparator<Article> JOB_PREFERENCE = Comparator
            .comparing(Article::capturedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(a -> a.source().file())
            .thenComparingLong(a -> a.source().offset());

    private final int files;
    private final long records;
    private final Map<String, Long> notArticles;
    private final int duplicates;
    private final int overCap;
    private final List<Article> articles;

    private NerCorpus(int files, long records, Map<String, Long> notArticles, int duplicates, int overCap,
                      List<Article> articles) {
        this.files = files;
        this.records = records;
        this.notArticles = Map.copyOf(notArticles);
        this.duplicates = duplicates;
        this.overCap = overCap;
        this.articles = List.copyOf(articles);
    }

    /** Reads every file under {@code inputs} (folders recursively, hidden files skipped) as the job does. */
    public static NerCorpus read(List<Path> inputs, ReadOptions options) {
        List<Path> files = BenchInputs.files(inputs);
        ArticleParser parser = new ArticleParser();
        long records = 0;
        Map<String, Long> notArticles = new TreeMap<>();
        Map<String, Article> byId = new LinkedHashMap<>();
        int duplicates = 0;
        for (Path f : files) {
            try (RecordStream stream = InputFiles.open(f.toString(), Files.newByteChannel(f, StandardOpenOption.READ),
                    options)) {
                while (stream.hasNext()) {
                    records++;
                    Outcome<RawRecord> raw = stream.next();
                    if (!(raw instanceof Outcome.Ok<RawRecord> read)) {
                        notArticles.merge(BenchInputs.outcomeKey(raw), 1L, Long::sum);
                        continue;
                    }
                    Outcome<Article> parsed = parser.parse(read.value());
                    if (parsed instanceof Outcome.Ok<Article> ok) {
                        Article a = ok.value();
                        Article kept = byId.get(a.articleId());
                        if (kept != null) {
                            duplicates++;
                        }
                        if (kept == null || JOB_PREFERENCE.compare(a, kept) < 0) {
                            byId.put(a.articleId(), a);
                        }
                    } else {
                        notArticles.merge(BenchInputs.outcomeKey(parsed), 1L, Long::sum);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Article> simplified = new ArrayList<>(byId.size());
        for (Article a : byId.values()) {
            simplified.add(SimplifiedCopy.of(a));
        }
        return new NerCorpus(files.size(), records, notArticles, duplicates, 0, simplified);
    }

    /** This corpus without the articles that have a tagged paragraph longer than {@code maxChars}. */
    public NerCorpus withinCap(int maxChars) {
        List<Article> kept = new ArrayList<>(articles.size());
        for (Article a : articles) {
            if (taggedTexts(a).stream().allMatch(t -> t.length() <= maxChars)) {
                kept.add(a);
            }
        }
        return new NerCorpus(files, records, notArticles, duplicates, overCap + articles.size() - kept.size(), kept);
    }

    /** The texts the tagger is given for this article, in order: non-blank body paragraphs and subheadings. */
    public static List<String> taggedTexts(Article article) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            if (MentionBuilder.TAGGED_KINDS.contains(p.kind()) && !p.text().isBlank()) {
                out.add(p.text());
            }
        }
        return out;
    }

    /** The number of chars the tagger is given for this article (UTF-16 units, as {@code String.length}). */
    public static long taggedChars(Article article) {
        long n = 0;
        for (String t : taggedTexts(article)) {
            n += t.length();
        }
        return n;
    }

    /** The articles, Simplified copies, one per article id, in the order first read. */
    public List<Article> articles() {
        return articles;
    }

    public int paragraphs() {
        return articles.stream().mapToInt(a -> taggedTexts(a).size()).sum();
    }

    public long chars() {
        return articles.stream().mapToLong(NerCorpus::taggedChars).sum();
    }

    /** A short account of where the text came from, e.g. for a report's header. */
    public String describe(int maxChars) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "  input: %d files, %d records; %d articles after %d duplicate(s) dropped, %d left out for a "
                        + "paragraph over %d chars%n", files, records, articles.size(), duplicates, overCap, maxChars));
        notArticles.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "    %-34s %d%n", k, v)));
        sb.append(String.format(Locale.ROOT, "  text: %d articles, %d paragraphs, %d chars%n",
                articles.size(), paragraphs(), chars()));
        return sb.toString();
    }

}
