package org.rhetoriclake.spark.stages;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.rhetoriclake.core.extract.ArticleParser;
import org.rhetoriclake.core.ingest.InputFiles;
import org.rhetoriclake.core.ingest.ReadOptions;
import org.rhetoriclake.core.ingest.RecordStream;
import org.rhetoriclake.core.ingest.WholeFileReader;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.Reject;
import org.rhetoriclake.core.model.SourceRef;
import org.rhetoriclake.spark.lake.RowCodec;
import org.rhetoriclake.spark.lake.RunStamp;
import org.rhetoriclake.spark.lake.Tables;

/**
 * Stage "read + extract": input file names → one outcome row per input record: an article, a skip or a
 * rejection. A WARC file gives one row per WARC record. A thin adapter: reading and parsing are core's
 * {@link InputFiles} and {@link ArticleParser}; this class only opens files through Hadoop ({@link HadoopChannel})
 * and converts outcomes to rows. Each file is read whole by one task (a gzip WARC cannot be split without an
 * index); files are spread over the tasks.
 */
public final class ExtractStage implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String OUTCOME_ARTICLE = "article";
    public static final String OUTCOME_SKIPPED = "skipped";
    public static final String OUTCOME_REJECTED = "rejected";

    /**
     * outcome, skip_reason, reject (staging struct), article (an articles row), raw (the raw_records row of a record
     * the reader passed on, whatever the parser made of it; null when the reader skipped or rejected it).
     */
    public static final StructType SCHEMA = new StructType()
            .add("outcome", "string", false)
            .add("source", "string", false)
            .add("source_offset", "bigint", false)
            .add("skip_reason", "string", true)
            .add("reject", RowCodec.REJECT_STAGING, true)
            .add("article", Tables.ARTICLES.schema(), true)
            .add("raw", Tables.RAW_RECORDS.schema(), true);

    private final ReadOptions options;
    private final RunStamp stamp;
    private final StageCounters counters;

    /** @param counters progress counters this stage adds to (files, bytes and records read) */
    public ExtractStage(ReadOptions options, RunStamp stamp, StageCounters counters) {
        this.options = options;
        this.stamp = stamp;
        this.counters = java.util.Objects.requireNonNull(counters, "counters");
    }

    public Dataset<Row> apply(SparkSession spark, List<String> files, int partitions) {
        Broadcast<SerializableHadoopConf> conf = spark.sparkContext().broadcast(
                new SerializableHadoopConf(spark.sessionState().newHadoopConf()),
                scala.reflect.ClassTag$.MODULE$.apply(SerializableHadoopConf.class));
        Dataset<String> names = spark.createDataset(files, Encoders.STRING())
                .repartition(Math.max(1, Math.min(files.size(), partitions)));
        return names.mapPartitions((MapPartitionsFunction<String, Row>) it -> extractAll(it, conf.value()),
                Encoders.row(SCHEMA));
    }

    private Iterator<Row> extractAll(Iterator<String> names, SerializableHadoopConf conf) {
        ArticleParser parser = new ArticleParser();
        // Lazy: one file open and one record in memory at a time, however large the file.
        return new Iterator<>() {
            private RecordStream current;
            /** The open file's channel, whose position tells how many of its bytes have been read. */
            private HadoopChannel channel;
            private long bytesCounted;

            @Override
            public boolean hasNext() {
                while (current == null || !current.hasNext()) {
                    closeCurrent();
                    if (!names.hasNext()) {
                        return false;
                    }
                    String name = names.next();
                    channel = null;
                    bytesCounted = 0;
                    current = open(name, conf, c -> channel = c);
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Outcome<RawRecord> record = current.next();
                counters.recordRead();
                countBytes(false);
                return toRow(record, parser);
            }

            /**
             * Adds the bytes of the open file read since the last count: up to the channel's position, or all of
             * them at the end of the file (or once the reader closed it, as it does after reading a whole page).
             */
            private void countBytes(boolean toTheEnd) {
                if (channel == null) {
                    return;
                }
                long now;
                try {
                    now = toTheEnd || !channel.isOpen() ? channel.length() : channel.position();
                } catch (IOException e) {
                    now = channel.length(); // a progress count only: the read reports its own errors
                }
                counters.bytesRead(now - bytesCounted);
                bytesCounted = Math.max(bytesCounted, now);
            }

            private void closeCurrent() {
                if (current != null) {
                    countBytes(true);
                    counters.fileRead();
                    try {
                        current.close();
                    } catch (IOException e) {
                        // read-only: nothing is lost when a close fails
                    }
                    current = null;
                }
            }
        };
    }

    private RecordStream open(String name, SerializableHadoopConf conf,
                              java.util.function.Consumer<HadoopChannel> opened) {
        try {
            HadoopChannel channel = HadoopChannel.open(InputDiscovery.toHadoop(name), conf.get());
            opened.accept(channel);
            return InputFiles.open(name, channel, options);
        } catch (IOException | RuntimeException e) {
            Reject reject = new Reject(Reject.Stage.INGEST, WholeFileReader.IO_ERROR,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), SourceRef.ofFile(name), "");
            return InputFiles.failed(Outcome.rejected(reject));
        }
    }

    private Row toRow(Outcome<RawRecord> raw, ArticleParser parser) {
        if (raw instanceof Outcome.Rejected<RawRecord> r) {
            return rejected(r.reject());
        }
        if (raw instanceof Outcome.Skipped<RawRecord> s) {
            return skipped(s.reason(), s.source());
        }
        RawRecord record = ((Outcome.Ok<RawRecord>) raw).value();
        Outcome<Article> parsed = parser.parse(record);
        if (parsed instanceof Outcome.Ok<Article> ok) {
            Article a = ok.value();
            return RowFactory.create(OUTCOME_ARTICLE, a.source().file(), a.source().offset(), null, null,
                    RowCodec.articleRow(a, record.format(), stamp),
                    RowCodec.rawRecordRow(record, OUTCOME_ARTICLE, null, a.articleId(), stamp));
        }
        if (parsed instanceof Outcome.Skipped<Article> s) {
            return skipped(s.reason(), s.source(),
                    RowCodec.rawRecordRow(record, OUTCOME_SKIPPED, s.reason(), null, stamp));
        }
        Reject reject = ((Outcome.Rejected<Article>) parsed).reject();
        return rejected(reject, RowCodec.rawRecordRow(record, OUTCOME_REJECTED, reject.reason(), null, stamp));
    }

    private static Row skipped(String reason, SourceRef source) {
        return skipped(reason, source, null);
    }

    private static Row skipped(String reason, SourceRef source, Row raw) {
        return RowFactory.create(OUTCOME_SKIPPED, source.file(), source.offset(), reason, null, null, raw);
    }

    private static Row rejected(Reject r) {
        return rejected(r, null);
    }

    private static Row rejected(Reject r, Row raw) {
        return RowFactory.create(OUTCOME_REJECTED, r.source().file(), r.source().offset(), null,
                RowCodec.rejectStagingRow(r, null, true), null, raw);
    }
}
