package org.rhetoriclake.spark.lake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.rhetoriclake.core.extract.SimplifiedCopy;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Byline;
import org.rhetoriclake.core.model.EntityMention;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Paragraph;
import org.rhetoriclake.core.model.ParagraphKind;
import org.rhetoriclake.core.model.Quote;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.rhetoric.RhetoricTagger;
import org.rhetoriclake.core.model.Reject;
import org.rhetoriclake.core.model.SourceRef;

/**
 * Converts core records to rows of the documented tables and back. The only place that knows both worlds,
 * so core stays free of Spark and the table layout is defined once ({@link Tables}).
 * Timestamps are {@link Instant}s: the session runs with {@code spark.sql.datetime.java8API.enabled}.
 */
public final class RowCodec {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Staging form of a rejection, before run metadata is added: see {@link #REJECT_STAGING}. */
    public static final StructType REJECT_STAGING = new StructType()
            .add("stage", "string", false)
            .add("reason", "string", false)
            .add("detail", "string", false)
            .add("source", "string", false)
            .add("source_offset", "bigint", false)
            .add("article_id", "string", true)
            .add("record_level", "boolean", false)
            .add("snippet", "string", false);

    private RowCodec() {
    }

    /** {@code yyyy-MM} of the publication (else capture) time in UTC, or {@code unknown}. */
    public static String pubMonth(Instant publishedAt, Instant capturedAt) {
        Instant t = publishedAt != null ? publishedAt : capturedAt;
        return t == null ? "unknown" : MONTH.format(t);
    }

    /**
     * One {@code raw_records} (bronze) row: the record as read and what became of it.
     *
     * @param outcome   article, skipped or rejected
     * @param reason    the skip or reject reason, null for an article
     * @param articleId the article it became, else null
     */
    public static Row rawRecordRow(RawRecord r, String outcome, String reason, String articleId, RunStamp stamp) {
        java.util.Map<String, String> headers = new java.util.TreeMap<>(r.headers());
        return RowFactory.create(r.source().file(), r.source().offset(), r.source().recordId(),
                r.format().name().toLowerCase(Locale.ROOT), r.uri(), r.capturedAt(),
                scala.collection.immutable.Map$.MODULE$.from(scala.jdk.javaapi.CollectionConverters.asScala(headers)),
                headers.get("content-type"), r.content(), (long) r.content().length,
                org.rhetoriclake.core.extract.ArticleIds.sha256Hex(r.content()), outcome, reason, articleId,
                stamp.jobVersion(), stamp.runId(), stamp.processedAt());
    }

    public static Row articleRow(Article a, InputFormat format, RunStamp stamp) {
        List<Row> paragraphs = new ArrayList<>(a.paragraphs().size());
        for (Paragraph p : a.paragraphs()) {
            paragraphs.add(RowFactory.create(p.index(), p.kind().name().toLowerCase(Locale.ROOT), p.text()));
        }
        String body = a.body();
        return RowFactory.create(
                a.articleId(), a.source().file(), a.source().offset(), a.source().recordId(),
                format.name().toLowerCase(Locale.ROOT), a.url(), a.title(), a.publishedAt(), a.capturedAt(),
                scalaList(a.byline().reporters()), scalaList(a.byline().editors()), scalaList(a.byline().webEditors()),
                a.author(), a.language(), a.script(), a.charsetDeclared(), a.charsetUsed(), scalaList(paragraphs),
                scalaList(a.captions()), body, SimplifiedCopy.of(a).body(), (long) body.length(), a.contentHash(),
                null, null, null, // tone, rhetoric_hit_count, lexicon_version: the analysis stage fills them in
                pubMonth(a.publishedAt(), a.capturedAt()),
                stamp.jobVersion(), stamp.runId(), stamp.processedAt());
    }

    /** Reads an {@code articles} row back into the core record the analysis stages take. */
    public static Article article(Row r) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Row p : javaList(r.getList(r.fieldIndex("paragraphs")), Row.class)) {
            paragraphs.add(new Paragraph(p.getInt(0), ParagraphKind.valueOf(p.getString(1).toUpperCase(Locale.ROOT)),
                    p.getString(2)));
        }
        Byline byline = new Byline(strings(r, "reporters"), strings(r, "editors"), strings(r, "web_editors"));
        SourceRef source = new SourceRef(r.getAs("source"), r.<Long>getAs("source_offset"), r.getAs("source_record_id"));
        return new Article(r.getAs("article_id"), source, r.getAs("url"), r.getAs("title"),
                instant(r.getAs("published_at")), instant(r.getAs("captured_at")), byline, r.getAs("language"),
                paragraphs, strings(r, "captions"), r.getAs("content_hash"), r.getAs("charset_declared"),
                r.getAs("charset_used"), r.getAs("author"), r.getAs("script"));
    }

    /** @param modelVersion the NER models and gazetteer that produced it ({@code entity_mentions.model_version}) */
    public static Row mentionRow(EntityMention m, Instant publishedAt, String pubMonth, String modelVersion,
                                 RunStamp stamp) {
        return RowFactory.create(m.articleId(), m.mentionId(), m.paragraph(), m.start(), m.end(), m.text(),
                m.type().name(), m.fineType(), m.decidedBy(), m.entityId(), m.canonicalName(), m.affiliation(),
                m.role(), m.linkedBy(), publishedAt, pubMonth, modelVersion, stamp.jobVersion(), stamp.runId());
    }

    /**
     * @param text            the quote in the article's own script ({@code q.text()} is the Simplified form)
     * @param speakerEntityId the speaker's actor id, or null when the speaker was not linked
     * @param tone            the quote's rhetoric
     */
    public static Row quoteRow(Quote q, String text, String speakerEntityId, RhetoricTagger.Tone tone,
                               String lexiconVersion, Instant publishedAt, String pubMonth, String modelVersion,
                               RunStamp stamp) {
        return RowFactory.create(q.articleId(), q.quoteId(), q.kind().name().toLowerCase(Locale.ROOT), text,
                q.text(),
                q.speaker(), q.speakerMention() == null ? q.speaker() : q.speakerMention(), speakerEntityId, q.speakerRole(),
                q.speakerAffiliation(),
                q.speakerType() == null ? "person" : q.speakerType().name().toLowerCase(Locale.ROOT),
                q.cue() == null ? "" : q.cue(), q.reportedVia(), q.nestedIn(), q.paragraph(), q.start(), q.end(),
                q.confidence(), tone.score(), tone.hits(), lexiconVersion, publishedAt, pubMonth, modelVersion,
                stamp.jobVersion(), stamp.runId());
    }

    /**
     * One {@code rhetoric_hits} row.
     *
     * @param quote the quote the hit is in (offsets then count in its text), or null for a hit in the body
     */
    public static Row rhetoricHitRow(String articleId, Quote quote, int paragraph, RhetoricTagger.Hit h,
                                     String lexiconVersion, Instant publishedAt, String pubMonth, RunStamp stamp) {
        String id = (quote == null ? articleId + ":p" + paragraph : quote.quoteId()) + ":h" + h.start() + "-" + h.end();
        return RowFactory.create(id, articleId, quote == null ? null : quote.quoteId(), paragraph, h.start(), h.term(),
                h.category().code(), h.polarity(), h.negated(), quote == null ? null : quote.speaker(),
                quote == null ? null : quote.speakerAffiliation(), publishedAt, pubMonth, lexiconVersion,
                stamp.jobVersion(), stamp.runId());
    }

    /** @param recordLevel true when the whole input record was rejected (it counts in runs.rejected) */
    public static Row rejectStagingRow(Reject r, String articleId, boolean recordLevel) {
        return RowFactory.create(r.stage().label(), r.reason(), r.detail(), r.source().file(), r.source().offset(),
                articleId, recordLevel, r.snippet());
    }

    /** The {@code rejects.reject_id}: the same rejection seen again keeps its key, so reruns do not duplicate it. */
    public static String rejectId(String stage, String reason, String source, long offset, String articleId,
                                  String detail) {
        String key = String.join("\u0000", stage, reason, source, Long.toString(offset),
                articleId == null ? "" : articleId, detail);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + o.getClass());
    }

    private static List<String> strings(Row r, String field) {
        return javaList(r.getList(r.fieldIndex(field)), String.class);
    }

    private static <T> List<T> javaList(List<?> list, Class<T> type) {
        List<T> out = new ArrayList<>(list.size());
        for (Object o : list) {
            out.add(type.cast(o));
        }
        return out;
    }

    private static <T> scala.collection.immutable.Seq<T> scalaList(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }
}
