package org.rhetoriclake.spark.stages;

import java.io.InputStream;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.rhetoriclake.core.extract.DumpArticleParser;
import org.rhetoriclake.core.ingest.DumpRecordReader;
import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.InputFormat;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.Reject;
import org.rhetoriclake.core.model.SourceRef;
import org.rhetoriclake.spark.lake.RowCodec;
import org.rhetoriclake.spark.lake.RunStamp;
import org.rhetoriclake.spark.lake.Tables;

/**
 * Stage "read + extract": input file names → one outcome row per input record: an article, a skip or a
 * rejection. A thin adapter: the reading and parsing are core's {@link DumpRecordReader} and
 * {@link DumpArticleParser}; this class only opens files through Hadoop and converts records to rows.
 */
public final class ExtractStage implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String OUTCOME_ARTICLE = "article";
    public static final String OUTCOME_SKIPPED = "skipped";
    public static final String OUTCOME_REJECTED = "rejected";

    /** outcome, skip_reason, reject (staging struct), article (an articles row). */
    public static final StructType SCHEMA = new StructType()
            .add("outcome", "string", false)
            .add("source", "string", false)
            .add("source_offset", "bigint", false)
            .add("skip_reason", "string", true)
            .add("reject", RowCodec.REJECT_STAGING, true)
            .add("article", Tables.ARTICLES.schema(), true);

    private final long maxRecordBytes;
    private final RunStamp stamp;

    public ExtractStage(long maxRecordBytes, RunStamp stamp) {
        this.maxRecordBytes = maxRecordBytes;
        this.stamp = stamp;
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
        DumpRecordReader reader = new DumpRecordReader(maxRecordBytes);
        DumpArticleParser parser = new DumpArticleParser();
        // Lazy: one record in memory at a time. One file is one record in the dump format.
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return names.hasNext();
            }

            @Override
            public Row next() {
                return extractOne(names.next(), conf, reader, parser);
            }
        };
    }

    private Row extractOne(String name, SerializableHadoopConf conf, DumpRecordReader reader,
                           DumpArticleParser parser) {
        Outcome<RawRecord> raw;
        Path path = InputDiscovery.toHadoop(name);
        try (InputStream in = path.getFileSystem(conf.get()).open(path)) {
            raw = reader.read(name, in);
        } catch (Exception e) {
            raw = Outcome.rejected(new Reject(Reject.Stage.INGEST, "ingest.io_error",
                    e.getClass().getSimpleName() + ": " + e.getMessage(), SourceRef.ofFile(name), ""));
        }
        if (raw instanceof Outcome.Rejected<RawRecord> r) {
            return rejected(r.reject());
        }
        RawRecord record = ((Outcome.Ok<RawRecord>) raw).value();
        Outcome<Article> parsed = parser.parse(record);
        if (parsed instanceof Outcome.Ok<Article> ok) {
            Article a = ok.value();
            return RowFactory.create(OUTCOME_ARTICLE, a.source().file(), a.source().offset(), null, null,
                    RowCodec.articleRow(a, InputFormat.DUMP, stamp));
        }
        if (parsed instanceof Outcome.Skipped<Article> s) {
            return RowFactory.create(OUTCOME_SKIPPED, s.source().file(), s.source().offset(), s.reason(), null, null);
        }
        return rejected(((Outcome.Rejected<Article>) parsed).reject());
    }

    private static Row rejected(Reject r) {
        return RowFactory.create(OUTCOME_REJECTED, r.source().file(), r.source().offset(), null,
                RowCodec.rejectStagingRow(r, null, true), null);
    }
}
