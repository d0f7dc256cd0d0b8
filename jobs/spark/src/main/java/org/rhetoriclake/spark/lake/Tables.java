package org.rhetoriclake.spark.lake;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructType;
import static org.rhetoriclake.spark.lake.TableDef.col;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of database {@code rhetoric}. Types are chosen so Trino's Delta connector reads them: no VARIANT,
 * timestamps in UTC, integer widths fixed from the start (counters and byte offsets are bigint).
 * Partitioned by publication month ({@code pub_month}) because the analysts' questions are time series.
 */
public final class Tables {
    private Tables() {
    }

    static final String PUB_MONTH_DOC = "publication month yyyy-MM (UTC) of the article; partition column; "
            + "'unknown' when the article has no date";
    static final String JOB_VERSION_DOC = "version of the Rhetoric Lake job that wrote the row";
    static final String RUN_ID_DOC = "id of the run that last wrote the row (see runs)";
    static final String MODEL_VERSION_DOC = "the models that produced the row: the CoreNLP version with its Chinese models, "
            + "and the gazetteer version (first 12 hex digits of SHA-256 over its entries), e.g. corenlp-4.5.10-chinese+gazetteer-3f0c…; "
            + "rows written before models were recorded read null";
    static final String LEXICON_VERSION_DOC = "version of the rhetoric lexicon that tagged the row: the first 12 hex digits of "
            + "SHA-256 over its rows, so a trend can be cut where the lexicon changed";

    /** Nested fields are nullable: Delta does not enforce NOT NULL inside arrays and refuses to declare it. */
    public static final StructType PARAGRAPH = createStructType(List.of(
            col("idx", IntegerType, true, "0-based position in the article (subheadings counted; byline, captions not)"),
            col("kind", StringType, true, "body or subheading"),
            col("text", StringType, true, "paragraph text, whitespace folded")));

    /**
     * Bronze: every record as the reader produced it, before any parsing, so the silver and gold tables can be
     * rebuilt with a newer job without the original crawl files. Not partitioned: it is read by source, not by
     * time, and its size is the payloads.
     */
    public static final TableDef RAW_RECORDS = new TableDef("raw_records",
            "Bronze: one row per input record the reader passed on (a dump file, a saved page, a WARC response or "
                    + "resource record with an HTML payload), with its raw bytes. Records the reader skipped (WARC requests, "
                    + "metadata, non-HTML payloads) are counted in runs.skip_reasons; records it rejected are in rejects.",
            createStructType(List.of(
                    col("source", StringType, false, "input file (as articles.source and rejects.source show it)"),
                    col("source_offset", LongType, false, "byte offset of the record in the file (0 for one-record files)"),
                    col("source_record_id", StringType, true, "the record's id in its container (WARC-Record-ID), null for dumps and pages"),
                    col("source_format", StringType, false, "reader that produced the record: dump, html or warc"),
                    col("target_uri", StringType, true, "URI the record was captured from (WARC-Target-URI), null when the container names none"),
                    col("captured_at", TimestampType, true, "capture time (WARC-Date), UTC, null when the container records none"),
                    col("http_headers", createMapType(StringType, StringType, true), false, "HTTP response headers of a captured response, names in lower case; empty for dumps and pages"),
                    col("content_type", StringType, true, "the Content-Type header, if any"),
                    col("content", BinaryType, false, "the raw bytes: the HTTP payload (headers removed, Content-Encoding undone), the page or the dump file, undecoded"),
                    col("content_length", LongType, false, "length of content in bytes"),
                    col("content_hash", StringType, false, "SHA-256 (hex) of content"),
                    col("outcome", StringType, false, "what became of the record: article, skipped or rejected"),
                    col("outcome_reason", StringType, true, "the skip or reject reason code (see runs.skip_reasons and rejects.reason), null for an article"),
                    col("article_id", StringType, true, "the article the record became (articles.article_id), null when skipped or rejected"),
                    col("job_version", StringType, false, JOB_VERSION_DOC),
                    col("run_id", StringType, false, RUN_ID_DOC),
                    col("ingested_at", TimestampType, false, "when the run that read it started, UTC"))),
            List.of("source", "source_offset"), null, List.of());

    public static final TableDef ARTICLES = new TableDef("articles",
            "One row per distinct article (same URL and content read twice is one row).",
            createStructType(List.of(
                    col("article_id", StringType, false,
                            "stable key: first 16 hex chars of SHA-256 of the canonical URL (of the content hash when there is no URL)"),
                    col("source", StringType, false, "input file the article was read from"),
                    col("source_offset", LongType, false, "byte offset of the record in the source file (0 for one-article files)"),
                    col("source_record_id", StringType, true, "record id inside the source (WARC-Record-ID), null for dumps"),
                    col("source_format", StringType, false, "reader that produced the record: dump, html or warc"),
                    col("url", StringType, true, "canonical URL of the article"),
                    col("title", StringType, false, "headline"),
                    col("published_at", TimestampType, true, "publication time, UTC"),
                    col("captured_at", TimestampType, true, "capture time from the crawl (WARC-Date), UTC"),
                    col("reporters", createArrayType(StringType, true), false, "byline 记者 (reporters)"),
                    col("editors", createArrayType(StringType, true), false, "byline 责编 / 编辑 (editors)"),
                    col("web_editors", createArrayType(StringType, true), false, "byline 网编 (web editors)"),
                    col("author", StringType, true, "writer(s) as the page credits them (作者, meta author), null when none"),
                    col("language", StringType, false, "BCP-47 language and script of the text, e.g. zh-Hans"),
                    col("script", StringType, true, "ISO 15924 script of the text: Hans (Simplified) or Hant (Traditional); null when too little Han text to tell"),
                    col("charset_declared", StringType, true, "charset the record declared (HTTP header or meta), if any"),
                    col("charset_used", StringType, false, "charset the bytes were decoded with"),
                    col("paragraphs", createArrayType(PARAGRAPH, true), false,
                            "body paragraphs and subheadings in reading order: struct(idx, kind, text)"),
                    col("captions", createArrayType(StringType, true), false, "image captions, kept apart from the body"),
                    col("body", StringType, false, "all paragraphs joined with a newline"),
                    col("body_simplified", StringType, true, "body in Simplified characters, character for character (same length and offsets as body); what NER, quotes and aggregates use"),
                    col("char_count", LongType, false, "length of body in characters"),
                    col("content_hash", StringType, false, "SHA-256 (hex) of title and paragraphs; changes exactly when the text changes"),
                    col("tone", DoubleType, true, "tone of the words by the rhetoric lexicon (conf/lexicon/rhetoric.tsv): sum of polarities / (sum of their magnitudes + 2), in (-1, 1); negative is confrontational, 0 when no term carries a polarity; over the body"),
                    col("rhetoric_hit_count", IntegerType, true, "rhetoric lexicon terms in the body (each is a row of rhetoric_hits)"),
                    col("lexicon_version", StringType, true, LEXICON_VERSION_DOC),
                    col("pub_month", StringType, false, PUB_MONTH_DOC),
                    col("job_version", StringType, false, JOB_VERSION_DOC),
                    col("run_id", StringType, false, RUN_ID_DOC),
                    col("processed_at", TimestampType, false, "when the job wrote the row, UTC"))),
            List.of("article_id"), null, List.of("pub_month"));

    public static final TableDef ENTITY_MENTIONS = new TableDef("entity_mentions",
            "One row per named-entity mention in an article paragraph.",
            createStructType(List.of(
                    col("article_id", StringType, false, "the article (articles.article_id)"),
                    col("mention_id", StringType, false, "stable key: article_id, paragraph and character offsets"),
                    col("paragraph", IntegerType, false, "0-based paragraph index (articles.paragraphs.idx)"),
                    col("char_start", IntegerType, false, "offset of the first character in the paragraph text"),
                    col("char_end", IntegerType, false, "offset one past the last character"),
                    col("text", StringType, false, "the mention as written"),
                    col("type", StringType, false, "PERSON, ORGANIZATION, GPE, LOCATION or MISC"),
                    col("fine_type", StringType, true, "the tagger's own label, e.g. COUNTRY, CITY, STATE_OR_PROVINCE"),
                    col("decided_by", StringType, false, "rule that produced the span and type: corenlp (the tagger), gazetteer, abbreviation (美 of 美中), portmanteau (拜 of 拜习会), role-title, speaker-colon, byline, same-name"),
                    col("entity_id", StringType, true, "the actor: Wikidata QID (Q30) or rl:… id from conf/gazetteer/actors.tsv, or name:<type>:<name> for a name the gazetteer does not know"),
                    col("canonical_name", StringType, true, "the actor's name in Simplified script (美国 for 华府, 拜登 for 喬·拜登)"),
                    col("affiliation", StringType, true, "ISO 3166 alpha-2 code of the actor's side (US, CN, TW, EU), null when none or unknown"),
                    col("role", StringType, true, "for a person, the role written right before the name (美国驻中国大使), else null"),
                    col("linked_by", StringType, true, "how the actor was decided: gazetteer, context (an ambiguous name read by its role or place), coreference (an earlier mention in the article), name (unknown to the gazetteer)"),
                    col("published_at", TimestampType, true, "publication time of the article, UTC (denormalised for trend queries)"),
                    col("pub_month", StringType, false, PUB_MONTH_DOC),
                    col("model_version", StringType, true, MODEL_VERSION_DOC),
                    col("job_version", StringType, false, JOB_VERSION_DOC),
                    col("run_id", StringType, false, RUN_ID_DOC))),
            List.of("mention_id"), "article_id", List.of("pub_month"));

    public static final TableDef ENTITIES = new TableDef("entities",
            "One row per actor mentioned anywhere in the lake, with counts: the distinct values of entity_mentions.entity_id. "
                    + "Rebuilt from entity_mentions at the end of every run that wrote mentions.",
            createStructType(List.of(
                    col("entity_id", StringType, false, "the actor (entity_mentions.entity_id)"),
                    col("canonical_name", StringType, false, "the actor's name in Simplified script"),
                    col("type", StringType, false, "PERSON, ORGANIZATION, GPE, LOCATION or MISC: the type most of its mentions have"),
                    col("affiliation", StringType, true, "ISO 3166 alpha-2 code of the actor's side, the one most of its mentions carry"),
                    col("wikidata_id", StringType, true, "Wikidata QID when the gazetteer gives one (entity_id is then that QID), else null"),
                    col("in_gazetteer", BooleanType, false, "true for actors of conf/gazetteer/actors.tsv, false for name: ids (names the gazetteer does not know)"),
                    col("mention_count", LongType, false, "mentions in entity_mentions"),
                    col("article_count", LongType, false, "distinct articles mentioning it"),
                    col("first_published_at", TimestampType, true, "publication time of the earliest article mentioning it, UTC"),
                    col("last_published_at", TimestampType, true, "publication time of the latest article mentioning it, UTC"),
                    col("surface_forms", createArrayType(StringType, true), false, "the ways articles write it, most frequent first (at most 20)"),
                    col("job_version", StringType, false, JOB_VERSION_DOC),
                    col("run_id", StringType, false, "the run that rebuilt the table"))),
            List.of("entity_id"), null, List.of());

    public static final TableDef QUOTES = new TableDef("quotes",
            "One row per attributed statement (direct or indirect quotation).",
            createStructType(List.of(
                    col("article_id", StringType, false, "the article (articles.article_id)"),
                    col("quote_id", StringType, false, "stable key: article_id, paragraph and character offsets"),
                    col("kind", StringType, false, "direct (words in quotation marks) or indirect (clause after a cue verb)"),
                    col("text", StringType, false, "the quoted words without the marks, or the reported clause, in the article's script"),
                    col("text_simplified", StringType, true, "the same text in Simplified characters (equal to text for Simplified articles)"),
                    col("speaker", StringType, false, "speaker's short name as the article uses it, e.g. 伯恩斯 (in Simplified characters for every article, so a speaker aggregates across scripts)"),
                    col("speaker_mention", StringType, false, "fullest mention of the speaker in the article, e.g. 美国驻中国大使伯恩斯"),
                    col("speaker_entity_id", StringType, true, "the speaker's actor (entity_mentions.entity_id) when a mention of the speaker was linked, else null (anonymous sources)"),
                    col("speaker_role", StringType, true, "role part of the fullest mention, e.g. 美国驻中国大使"),
                    col("speaker_affiliation", StringType, true, "ISO 3166 alpha-2 code of the speaker's side: US, CN, TW, …"),
                    col("speaker_type", StringType, false, "person, organisation, anonymous or media"),
                    col("cue", StringType, false, "cue verb (表示, 说, …) or ： for the colon form"),
                    col("reported_via", StringType, true, "medium relaying the statement, e.g. 日本媒体"),
                    col("nested_in", StringType, true, "speaker of the statement this one is reported inside"),
                    col("paragraph", IntegerType, false, "0-based paragraph index where the quote starts"),
                    col("char_start", IntegerType, false, "offset of the first character of text in that paragraph"),
                    col("char_end", IntegerType, false, "offset one past the last character of text"),
                    col("confidence", DoubleType, false, "0..1, how sure the rule that found the quote is"),
                    col("tone", DoubleType, true, "tone of the words by the rhetoric lexicon (conf/lexicon/rhetoric.tsv): sum of polarities / (sum of their magnitudes + 2), in (-1, 1); negative is confrontational, 0 when no term carries a polarity"),
                    col("rhetoric_hit_count", IntegerType, true, "rhetoric lexicon terms in the quote (each is a row of rhetoric_hits)"),
                    col("lexicon_version", StringType, true, LEXICON_VERSION_DOC),
                    col("published_at", TimestampType, true, "publication time of the article, UTC (denormalised for trend queries)"),
                    col("pub_month", StringType, false, PUB_MONTH_DOC),
                    col("model_version", StringType, true, MODEL_VERSION_DOC),
                    col("job_version", StringType, false, JOB_VERSION_DOC),
                    col("run_id", StringType, false, RUN_ID_DOC))),
            List.of("quote_id"), "article_id", List.of("pub_month"));

    public static final TableDef RHETORIC_HITS = new TableDef("rhetoric_hits",
            "One row per term of the rhetoric lexicon found in an article's body or in a quote: the words each side uses, for trend queries.",
            createStructType(List.of(
                    col("hit_id", StringType, false, "stable key: article_id, where (quote_id or the paragraph) and character offsets"),
                    col("article_id", StringType, false, "the article (articles.article_id)"),
                    col("quote_id", StringType, true, "the quote the term is in (quotes.quote_id), null for a hit in the body"),
                    col("paragraph", IntegerType, false, "0-based paragraph index"),
                    col("char_start", IntegerType, false, "offset of the first character in the paragraph (body hits) or in the quote text (quote hits)"),
                    col("term", StringType, false, "the lexicon term, Simplified (the text may be written in Traditional)"),
                    col("category", StringType, false, "the term's category: conciliatory, confrontational, dialogue, sovereignty, security, economic, human_rights, ideology, taiwan, multilateral"),
                    col("polarity", IntegerType, false, "-2..2 as it counts here: the lexicon's polarity, turned around when a negation stands right before the term"),
                    col("negated", BooleanType, false, "whether a negation (不, 避免, 反对 …) stood right before the term"),
                    col("speaker", StringType, true, "for a quote hit, the speaker (quotes.speaker)"),
                    col("speaker_affiliation", StringType, true, "for a quote hit, the speaker's side (quotes.speaker_affiliation): who uses the word"),
                    col("published_at", TimestampType, true, "publication time of the article, UTC (denormalised for trend queries)"),
                    col("pub_month", StringType, false, PUB_MONTH_DOC),
                    col("lexicon_version", StringType, false, LEXICON_VERSION_DOC),
                    col("job_version", StringType, false, JOB_VERSION_DOC),
                    col("run_id", StringType, false, RUN_ID_DOC))),
            List.of("hit_id"), "article_id", List.of("pub_month"));

    public static final TableDef REJECTS = new TableDef("rejects",
            "One row per input record (or part of one) the job could not use, with why and where.",
            createStructType(List.of(
                    col("reject_id", StringType, false, "stable key: hash of stage, reason, source, offset and article"),
                    col("run_id", StringType, false, "id of the run that last rejected it"),
                    col("stage", StringType, false, "pipeline stage: ingest, extract, entities, quotes, write"),
                    col("reason", StringType, false, "stable reason code, e.g. dump.bad_epoch"),
                    col("detail", StringType, false, "human-readable explanation"),
                    col("source", StringType, false, "input file"),
                    col("source_offset", LongType, false, "byte offset of the record in the file"),
                    col("article_id", StringType, true, "the article, when the record got as far as extraction"),
                    col("record_level", BooleanType, false,
                            "true when the whole record was rejected (counted in runs.rejected); false for a part of an article"),
                    col("snippet", StringType, false, "first characters of the offending input"),
                    col("rejected_at", TimestampType, false, "when it was rejected, UTC"))),
            List.of("reject_id"), null, List.of());

    public static final TableDef INGESTED_FILES = new TableDef("ingested_files",
            "One row per input file a run has read to the end and written: the ledger that makes a run on a landing "
                    + "folder read only the files it has not processed before.",
            createStructType(List.of(
                    col("source", StringType, false, "the file (as rejects.source and articles.source show it)"),
                    col("size_bytes", LongType, false, "its length when read; a different length makes it new again"),
                    col("modified_at", TimestampType, false, "its modification time when read, UTC; a different time makes it new again"),
                    col("records_read", LongType, false, "records read from it by that run"),
                    col("run_id", StringType, false, "the run that read it (runs.run_id)"),
                    col("ingested_at", TimestampType, false, "when that run started, UTC"))),
            List.of("source"), null, List.of());

    /** One input file's accounting inside a run (runs.per_source). */
    public static final StructType SOURCE_COUNTS = createStructType(List.of(
            col("source", StringType, true, "input file"),
            col("records_read", LongType, true, "records read from the file (WARC records, or 1 for a page or dump file)"),
            col("articles_written", LongType, true, "articles from the file written this run"),
            col("skipped", LongType, true, "records of the file skipped, all reasons"),
            col("rejected", LongType, true, "records of the file rejected"),
            col("skip_reasons", createMapType(StringType, LongType, true), true, "skipped records of the file by reason")));

    public static final TableDef RUNS = new TableDef("runs",
            "One row per run of the job: what it read and what became of it. read = written + skipped + rejected.",
            createStructType(List.of(
                    col("run_id", StringType, false, "run id (UUID)"),
                    col("started_at", TimestampType, false, "start, UTC"),
                    col("finished_at", TimestampType, false, "end, UTC"),
                    col("status", StringType, false, "succeeded or failed"),
                    col("inputs", createArrayType(StringType, true), false, "input paths as given"),
                    col("records_read", LongType, false, "input records read"),
                    col("articles_written", LongType, false, "articles written (inserted or replaced)"),
                    col("skipped", LongType, false, "records deliberately not written (see skip_reasons)"),
                    col("rejected", LongType, false, "records rejected (see rejects with record_level)"),
                    col("skip_reasons", createMapType(StringType, LongType, true), false, "skipped records by reason"),
                    col("partial_rejects", LongType, false, "rejects of parts of written articles (e.g. a paragraph too long for NER)"),
                    col("mentions_written", LongType, false, "entity mentions written"),
                    col("quotes_written", LongType, false, "quotes written"),
                    col("per_source", createArrayType(SOURCE_COUNTS, true), true,
                            "the same accounting per input file; each reconciles on its own"),
                    col("files_already_processed", LongType, true, "input files left unread because ingested_files has them unchanged (0 with --reprocess)"),
                    col("error", StringType, true, "error message of a failed run"),
                    col("job_version", StringType, false, JOB_VERSION_DOC),
                    col("corenlp_version", StringType, false, "Stanford CoreNLP version"),
                    col("spark_version", StringType, false, "Spark version"),
                    col("delta_version", StringType, false, "Delta Lake version"))),
            List.of("run_id"), null, List.of());

    /** Every table, in the order the docs list them. */
    public static final List<TableDef> ALL = List.of(RAW_RECORDS, ARTICLES, ENTITY_MENTIONS, QUOTES, RHETORIC_HITS,
            ENTITIES, AggregateTables.ENTITY_DAILY, AggregateTables.SPEAKER_WEEKLY, AggregateTables.RHETORIC_WEEKLY,
            AggregateTables.COOCCURRENCE_MONTHLY, AggregateTables.RELAYS_MONTHLY, REJECTS, RUNS, INGESTED_FILES);

    public static TableDef byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table '" + name + "'; tables: "
                        + ALL.stream().map(TableDef::name).toList()));
    }

}
