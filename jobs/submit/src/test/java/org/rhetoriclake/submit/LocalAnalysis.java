package org.rhetoriclake.submit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.core.entities.MentionBuilder;
import org.rhetoriclake.core.extract.ArticleParser;
import org.rhetoriclake.core.extract.SimplifiedCopy;
import org.rhetoriclake.core.ingest.InputFiles;
import org.rhetoriclake.core.ingest.RecordStream;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.Quote;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.quotes.QuoteExtractor;
import org.rhetoriclake.spark.stages.SharedModels;

/**
 * What the job's own code makes of a folder of inputs in this JVM, without Spark or Delta: the articles it reads,
 * and the entity mentions and quotes the analysis stage writes for them, each as one line of its key and main
 * columns ({@link #mentionLine}, {@link #quoteLine}), in the form {@link SparkSubmitIT} reads the tables into.
 *
 * @param articleIds   the articles read
 * @param mentions     one line per entity mention
 * @param quotes       one line per quote
 * @param modelVersion what {@code model_version} says for these models
 */
record LocalAnalysis(Set<String> articleIds, Set<String> mentions, Set<String> quotes, String modelVersion) {

    /** Reads every file of {@code inputs} (one level, as the sample is) and analyses each article as the job does. */
    static LocalAnalysis of(Path inputs, JobConfig config) throws IOException {
        SharedModels.Spec spec = SharedModels.Spec.from(config);
        MentionBuilder mentionBuilder = SharedModels.mentionBuilder(spec);
        QuoteExtractor quoteExtractor = SharedModels.quoteExtractor(spec);
        Set<String> ids = new TreeSet<>();
        Set<String> mentions = new TreeSet<>();
        Set<String> quotes = new TreeSet<>();
        for (Article article : articles(inputs, config)) {
            ids.add(article.articleId());
            // As the analysis stage: NER and quotes on the Simplified copy, mentions given back in the original script.
            Article view = SimplifiedCopy.of(article);
            List<EntityMention> found = mentionBuilder.build(view);
            for (EntityMention m : found) {
                EntityMention original = SimplifiedCopy.inOriginalScript(m, article, view);
                mentions.add(mentionLine(original.mentionId(), original.text(), original.type().name(), original.entityId()));
            }
            for (Quote q : quoteExtractor.extract(view, found)) {
                quotes.add(quoteLine(q.quoteId(), q.kind().name().toLowerCase(Locale.ROOT), q.text(), q.speaker(),
                        q.speakerRole()));
            }
        }
        return new LocalAnalysis(ids, mentions, quotes, SharedModels.modelVersion(spec));
    }

    static String mentionLine(String mentionId, String text, String type, String entityId) {
        return String.join("|", mentionId, text, type, String.valueOf(entityId));
    }

    static String quoteLine(String quoteId, String kind, String textSimplified, String speaker, String speakerRole) {
        return String.join("|", quoteId, kind, textSimplified, speaker, String.valueOf(speakerRole));
    }

    private static List<Article> articles(Path inputs, JobConfig config) throws IOException {
        ArticleParser parser = new ArticleParser();
        List<Article> articles = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(inputs)) {
            for (Path f : files.sorted().toList()) {
                try (RecordStream records = InputFiles.open(f.toString(), Files.newByteChannel(f, StandardOpenOption.READ),
                        config.readOptions())) {
                    while (records.hasNext()) {
                        if (records.next() instanceof Outcome.Ok<RawRecord> read
                                && parser.parse(read.value()) instanceof Outcome.Ok<Article> ok) {
                            articles.add(ok.value());
                        }
                    }
                }
            }
        }
        return articles;
    }
}
