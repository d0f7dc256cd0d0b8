package org.rhetoriclake.core.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.rhetoriclake.core.ingest.ReadOptions;
import java.util.TreeMap;

/**
 * The job's resolved settings, typed. Built once on the driver by {@link ConfigLoader} with the precedence
 * command line &gt; {@code conf/rhetoric.properties} &gt; built-in defaults; only small values from it are
 * shipped to executors.
 *
 * <p>Keys (property names in {@code conf/rhetoric.properties} and for {@code --conf key=value}):
 * <ul>
 *   <li>{@code rhetoric.warehouse} — folder holding the Delta tables (default: {@code warehouse} under the project home)</li>
 *   <li>{@code rhetoric.database} — catalog database the tables are registered in (default {@code rhetoric})</li>
 *   <li>{@code rhetoric.master} — Spark master (default {@code local[*]}); ignored under spark-submit, which sets it</li>
 *   <li>{@code rhetoric.corenlp.properties} — CoreNLP properties file (default {@code conf/corenlp-chinese.properties})</li>
 *   <li>{@code rhetoric.lexicon.dir} — folder of the cue-verb, role, affiliation and rhetoric lexicons (default
 *       {@code conf/lexicon}); a file missing there is taken from the jar</li>
 *   <li>{@code rhetoric.gazetteer.dir} — folder of the actors gazetteer {@code actors.tsv} (default {@code conf/gazetteer});
 *       where it does not exist (an executor without the project folder), the copy in the jar is used</li>
 *   <li>{@code rhetoric.ner.maxParagraphChars} — longest paragraph given to NER; longer ones are rejected (default 5000)</li>
 *   <li>{@code rhetoric.input.maxRecordBytes} — largest input record read; larger ones are rejected (default 32 MiB)</li>
 *   <li>{@code rhetoric.input.lenientWarc} — accept WARC headers that bend the grammar the way some crawlers do
 *       (default false: such records are rejected and listed in the rejects table)</li>
 *   <li>{@code rhetoric.progress.intervalSeconds} — how often a run prints its progress line (phase, files and records
 *       read, articles annotated, rate, ETA) on the console; 0 turns it off (default 10)</li>
 *   <li>{@code spark.*} — passed to the SparkSession as they are</li>
 * </ul>
 */
public record JobConfig(Path home, Path warehouse, String database, String master, Path coreNlpProperties,
                        Path lexiconDir, Path gazetteerDir, int nerMaxParagraphChars, long maxRecordBytes,
                        boolean lenientWarc, int progressIntervalSeconds, Map<String, String> sparkSettings) {

    public static final String WAREHOUSE = "rhetoric.warehouse";
    public static final String DATABASE = "rhetoric.database";
    public static final String MASTER = "rhetoric.master";
    public static final String CORENLP_PROPERTIES = "rhetoric.corenlp.properties";
    public static final String LEXICON_DIR = "rhetoric.lexicon.dir";
    public static final String GAZETTEER_DIR = "rhetoric.gazetteer.dir";
    public static final String NER_MAX_PARAGRAPH_CHARS = "rhetoric.ner.maxParagraphChars";
    public static final String MAX_RECORD_BYTES = "rhetoric.input.maxRecordBytes";
    public static final String LENIENT_WARC = "rhetoric.input.lenientWarc";
    public static final String PROGRESS_INTERVAL_SECONDS = "rhetoric.progress.intervalSeconds";

    public JobConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(warehouse, "warehouse");
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException(DATABASE + " must be a plain lower-case identifier: " + database);
        }
        if (nerMaxParagraphChars <= 0) {
            throw new IllegalArgumentException(NER_MAX_PARAGRAPH_CHARS + " must be > 0");
        }
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException(MAX_RECORD_BYTES + " must be > 0");
        }
        if (progressIntervalSeconds < 0) {
            throw new IllegalArgumentException(PROGRESS_INTERVAL_SECONDS + " must be >= 0 (0: no progress line)");
        }
        sparkSettings = Collections.unmodifiableMap(new TreeMap<>(sparkSettings));
    }

    /** How the input files are read. */
    public ReadOptions readOptions() {
        return new ReadOptions(maxRecordBytes, lenientWarc);
    }

    /** A table name qualified with the database, e.g. {@code rhetoric.quotes}. */
    public String qualified(String table) {
        return database + "." + table.toLowerCase(Locale.ROOT);
    }
}
