package org.rhetoriclake.spark.stages;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.rhetoriclake.core.entities.EntityLinker;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.rhetoric.RhetoricTagger;
import org.rhetoriclake.core.entities.MentionBuilder;
import org.rhetoriclake.core.entities.TextTooLongException;
import org.rhetoriclake.core.extract.SimplifiedCopy;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.Quote;
import org.rhetoriclake.core.model.Reject;
import org.rhetoriclake.core.quotes.QuoteExtractor;
import org.rhetoriclake.spark.lake.RowCodec;
import org.rhetoriclake.spark.lake.RunStamp;
import org.rhetoriclake.spark.lake.Tables;

/**
 * Stage "entities + quotes": articles rows → one row per article with its entity mentions, quotes and the
 * rejections of parts of it (e.g. a paragraph too long for NER). The heavy CoreNLP pipeline is obtained
 * from the per-JVM {@link SharedModels} inside {@code mapPartitions}, so it is built once per executor JVM
 * whatever the number of partitions, and never per row.
 */
public final class AnalyseStage implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final StructType SCHEMA = new StructType()
            .add("article_id", "string", false)
            .add("mentions", DataTypes.createArrayType(Tables.ENTITY_MENTIONS.schema(), false), false)
            .add("quotes", DataTypes.createArrayType(Tables.QUOTES.schema(), false), false)
            .add("rejects", DataTypes.createArrayType(RowCodec.REJECT_STAGING, false), false)
            .add("rhetoric", DataTypes.createArrayType(Tables.RHETORIC_HITS.schema(), false), false)
            .add("tone", "double", false)
            .add("rhetoric_hit_count", "int", false)
            .add("lexicon_version", "string", false);

    private final SharedModels.Spec models;
    private final RunStamp stamp;
    private final StageCounters counters;

    /** @param counters progress counters this stage adds to (articles annotated and their characters) */
    public AnalyseStage(SharedModels.Spec models, RunStamp stamp, StageCounters counters) {
        this.models = models;
        this.stamp = stamp;
        this.counters = java.util.Objects.requireNonNull(counters, "counters");
    }

    public Dataset<Row> apply(Dataset<Row> articles) {
        return articles.mapPartitions((MapPartitionsFunction<Row, Row>) this::analyseAll, Encoders.row(SCHEMA));
    }

    private Iterator<Row> analyseAll(Iterator<Row> rows) {
        if (!rows.hasNext()) {
            // An empty partition (a rerun with nothing new) must not cost a CoreNLP load.
            return java.util.Collections.emptyIterator();
        }
        MentionBuilder mentionBuilder = SharedModels.mentionBuilder(models);
        QuoteExtractor quoteExtractor = SharedModels.quoteExtractor(models);
        RhetoricTagger rhetoric = SharedModels.rhetoricTagger(models);
        String modelVersion = SharedModels.modelVersion(models);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Article article = RowCodec.article(rows.next());
                Row analysed = analyseOne(article, mentionBuilder, quoteExtractor, rhetoric, modelVersion);
                long chars = 0;
                for (Paragraph p : article.paragraphs()) {
                    chars += p.text().length();
                }
                counters.articleAnnotated(chars);
                return analysed;
            }
        };
    }

    private Row analyseOne(Article article, MentionBuilder mentionBuilder, QuoteExtractor quoteExtractor,
                           RhetoricTagger rhetoric, String modelVersion) {
        Instant published = article.publishedAt();
        String month = RowCodec.pubMonth(published, article.capturedAt());
        List<EntityMention> mentions = List.of();
        List<Row> rejectRows = new ArrayList<>();
        // NER and the quote rules run on the Simplified copy (the models and lexicons are Simplified); what they
        // find is given back in the article's own script, at the same offsets (SimplifiedCopy).
        Article view = SimplifiedCopy.of(article);
        try {
            mentions = mentionBuilder.build(view);
        } catch (TextTooLongException e) {
            // The article is still written, with its quotes; the missing entities are on record as a partial reject.
            rejectRows.add(partialReject(article, TextTooLongException.REASON, e.getMessage(), e.paragraph()));
        } catch (RuntimeException e) {
            rejectRows.add(partialReject(article, "entities.tagger_error",
                    e.getClass().getSimpleName() + ": " + e.getMessage(), -1));
        }
        List<Row> mentionRows = new ArrayList<>();
        for (EntityMention m : mentions) {
            mentionRows.add(RowCodec.mentionRow(SimplifiedCopy.inOriginalScript(m, article, view), published, month,
                    modelVersion, stamp));
        }
        // Rhetoric on the Simplified copy too: the lexicon's Traditional forms then matter only for text the
        // copy leaves as it is.
        String lexiconVersion = rhetoric.lexicon().version();
        List<Row> hitRows = new ArrayList<>();
        List<RhetoricTagger.Hit> bodyHits = new ArrayList<>();
        for (Paragraph p : view.paragraphs()) {
            if (MentionBuilder.TAGGED_KINDS.contains(p.kind())) {
                for (RhetoricTagger.Hit h : rhetoric.find(p.text())) {
                    bodyHits.add(h);
                    hitRows.add(RowCodec.rhetoricHitRow(article.articleId(), null, p.index(), h, lexiconVersion,
                            published, month, stamp));
                }
            }
        }
        List<Row> quoteRows = new ArrayList<>();
        for (Quote q : quoteExtractor.extract(view, mentions)) {
            String original = SimplifiedCopy.originalText(article, view, q.paragraph(), q.start(), q.text());
            EntityMention speaker = EntityLinker.speakerOf(q, mentions);
            List<RhetoricTagger.Hit> hits = rhetoric.find(q.text());
            for (RhetoricTagger.Hit h : hits) {
                hitRows.add(RowCodec.rhetoricHitRow(article.articleId(), q, q.paragraph(), h, lexiconVersion,
                        published, month, stamp));
            }
            quoteRows.add(RowCodec.quoteRow(q, original, speaker == null ? null : speaker.entityId(),
                    RhetoricTagger.score(hits), lexiconVersion, published, month, modelVersion, stamp));
        }
        RhetoricTagger.Tone tone = RhetoricTagger.score(bodyHits);
        return RowFactory.create(article.articleId(), seq(mentionRows), seq(quoteRows), seq(rejectRows), seq(hitRows),
                tone.score(), tone.hits(), lexiconVersion);
    }

    private static Row partialReject(Article article, String reason, String detail, int paragraph) {
        String snippet = paragraph >= 0 && paragraph < article.paragraphs().size()
                ? article.paragraphs().get(paragraph).text() : article.title();
        Reject r = new Reject(Reject.Stage.ENTITIES, reason, detail, article.source(), snippet);
        return RowCodec.rejectStagingRow(r, article.articleId(), false);
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }
}
