package org.rhetoriclake.spark.lake;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createStructType;
import static org.rhetoriclake.spark.lake.TableDef.col;

import java.util.List;

/**
 * Gold aggregates: the counts trend queries and dashboards read, so a BI tool charting a year of weekly quotes
 * scans a few thousand rows instead of every quote. Each is derived from the detail tables (entity_mentions,
 * quotes, rhetoric_hits, articles) and rebuilt whole in one commit when they change, so it always equals its
 * definition over the current detail rows (see {@code stages.AggregatesStage}).
 *
 * <p>Time: every aggregate buckets an article by its publication time, or its capture time when it has none
 * (the time {@code pub_month} is taken from), in UTC; articles with neither are left out. Weeks start on Monday.
 * Not partitioned: the tables are small (one row per actor and day at most) and read whole.
 */
public final class AggregateTables {
    private AggregateTables() {
    }

    static final String AGG_RUN_ID_DOC = "the run that rebuilt the table";
    static final String WEEK_DOC = "Monday of the ISO week (UTC) the articles were published in";
    static final String MONTH_DOC = "month yyyy-MM (UTC) the articles were published in (articles.pub_month)";

    public static final TableDef ENTITY_DAILY = new TableDef("entity_daily",
            "Gold: mentions of each actor per day.",
            createStructType(List.of(
                    col("day", DateType, false, "publication day (UTC) of the articles"),
                    col("entity_id", StringType, false, "the actor (entities.entity_id)"),
                    col("canonical_name", StringType, false, "the actor's name in Simplified script (entities.canonical_name)"),
                    col("type", StringType, false, "the actor's type (entities.type)"),
                    col("affiliation", StringType, true, "the actor's side (entities.affiliation)"),
                    col("mentions", LongType, false, "mentions of the actor in articles of that day"),
                    col("articles", LongType, false, "articles of that day mentioning the actor"),
                    col("job_version", StringType, false, Tables.JOB_VERSION_DOC),
                    col("run_id", StringType, false, AGG_RUN_ID_DOC))),
            List.of("day", "entity_id"), null, List.of());

    public static final TableDef SPEAKER_WEEKLY = new TableDef("speaker_weekly",
            "Gold: quotes of each speaker per week, by the side the quotes give the speaker; summing over speakers gives "
                    + "the quotes of each side per week.",
            createStructType(List.of(
                    col("week_start", DateType, false, WEEK_DOC),
                    col("speaker_key", StringType, false, "the speaker: its actor id (quotes.speaker_entity_id), else 'speaker:' and the name as written (anonymous and unlinked speakers)"),
                    col("speaker", StringType, false, "the actor's canonical name, else the speaker as the quotes name it"),
                    col("speaker_affiliation", StringType, true, "the side the quotes give (quotes.speaker_affiliation); null when unknown"),
                    col("quotes", LongType, false, "quotes that week"),
                    col("direct_quotes", LongType, false, "of which direct (in quotation marks)"),
                    col("indirect_quotes", LongType, false, "of which indirect (reported speech)"),
                    col("articles", LongType, false, "articles quoting the speaker that week"),
                    col("tone_sum", DoubleType, false, "sum of the quotes' tone (quotes.tone); tone_sum / quotes is the mean tone, and sums add up across speakers"),
                    col("rhetoric_hits", LongType, false, "rhetoric lexicon terms in the quotes"),
                    col("job_version", StringType, false, Tables.JOB_VERSION_DOC),
                    col("run_id", StringType, false, AGG_RUN_ID_DOC))),
            List.of("week_start", "speaker_key", "speaker_affiliation"), null, List.of());

    public static final TableDef RHETORIC_WEEKLY = new TableDef("rhetoric_weekly",
            "Gold: rhetoric lexicon terms per week, by who uses them: the side of the speaker for terms in quotes; "
                    + "terms in the article text at large are counted apart (in_quote false), and include those inside quotes.",
            createStructType(List.of(
                    col("week_start", DateType, false, WEEK_DOC),
                    col("in_quote", BooleanType, false, "true: terms in quotes (rhetoric_hits.quote_id set); false: terms in the body text"),
                    col("side", StringType, true, "for terms in quotes, the speaker's side (rhetoric_hits.speaker_affiliation); null when unknown or not in a quote"),
                    col("term", StringType, false, "the lexicon term, Simplified"),
                    col("category", StringType, false, "the term's category (rhetoric_hits.category)"),
                    col("hits", LongType, false, "uses of the term"),
                    col("negated_hits", LongType, false, "of which with a negation right before (不脱钩)"),
                    col("polarity_sum", LongType, false, "sum of the uses' polarity as counted (negation turns it around)"),
                    col("articles", LongType, false, "articles using the term"),
                    col("lexicon_versions", StringType, false, "the lexicon versions that tagged the uses, comma-separated; more than one means the counts mix lexicons"),
                    col("job_version", StringType, false, Tables.JOB_VERSION_DOC),
                    col("run_id", StringType, false, AGG_RUN_ID_DOC))),
            List.of("week_start", "in_quote", "side", "term"), null, List.of());

    public static final TableDef COOCCURRENCE_MONTHLY = new TableDef("cooccurrence_monthly",
            "Gold: pairs of actors (people, organisations, countries and cities) named in the same article, per month. "
                    + "Each pair once, the smaller entity_id first.",
            createStructType(List.of(
                    col("month", StringType, false, MONTH_DOC),
                    col("entity_a", StringType, false, "one actor (entities.entity_id), the smaller id"),
                    col("name_a", StringType, false, "its canonical name"),
                    col("entity_b", StringType, false, "the other actor, the larger id"),
                    col("name_b", StringType, false, "its canonical name"),
                    col("articles", LongType, false, "articles of the month naming both"),
                    col("job_version", StringType, false, Tables.JOB_VERSION_DOC),
                    col("run_id", StringType, false, AGG_RUN_ID_DOC))),
            List.of("month", "entity_a", "entity_b"), null, List.of());

    public static final TableDef RELAYS_MONTHLY = new TableDef("relays_monthly",
            "Gold: who relays whom, per month: a medium that reports a statement (quotes.reported_via, 据日本媒体报道) "
                    + "or a speaker inside whose words another is quoted (quotes.nested_in), and the original speaker.",
            createStructType(List.of(
                    col("month", StringType, false, MONTH_DOC),
                    col("relay_kind", StringType, false, "media (quotes.reported_via) or speaker (quotes.nested_in)"),
                    col("relay", StringType, false, "the medium or speaker relaying, as written"),
                    col("speaker_key", StringType, false, "the original speaker, as in speaker_weekly.speaker_key"),
                    col("speaker", StringType, false, "the original speaker's canonical name, else as written"),
                    col("speaker_affiliation", StringType, true, "the original speaker's side, when known"),
                    col("quotes", LongType, false, "statements relayed"),
                    col("articles", LongType, false, "articles carrying them"),
                    col("first_at", TimestampType, false, "time of the earliest such article, UTC"),
                    col("last_at", TimestampType, false, "time of the latest such article, UTC"),
                    col("job_version", StringType, false, Tables.JOB_VERSION_DOC),
                    col("run_id", StringType, false, AGG_RUN_ID_DOC))),
            List.of("month", "relay_kind", "relay", "speaker_key", "speaker_affiliation"), null, List.of());
}
