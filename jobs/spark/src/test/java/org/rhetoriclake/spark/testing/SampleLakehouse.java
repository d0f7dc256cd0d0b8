package org.rhetoriclake.spark.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.rhetoriclake.core.config.ConfigLoader;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.core.testing.TestPaths;
import org.rhetoriclake.spark.job.RhetoricJob;
import org.rhetoriclake.spark.job.RunSummary;

/**
 * The bundled sample articles ({@code data/sample}) written by the job into a lakehouse once per test JVM, for
 * the tests that read it (the SQL library, Trino, the notebooks): each of them ran the same job on the same
 * input before, which cost a job run apiece. Tests only read it; one that writes works on a {@link #copyTo copy}.
 */
public final class SampleLakehouse {
    /** The sample articles: each test that reads the shared lakehouse may rely on this many. */
    public static final int ARTICLES = 6;

    private static Path warehouse;
    private static RunSummary run;

    private SampleLakehouse() {
    }

    /** The job's settings for a test session on {@code warehouse}: two local cores, few shuffle partitions. */
    public static JobConfig config(Path warehouse) {
        Path root = TestPaths.projectRoot();
        return ConfigLoader.load(root, root.resolve("conf/rhetoric.properties"),
                Map.of(JobConfig.WAREHOUSE, warehouse.toString(), JobConfig.MASTER, "local[2]",
                        "spark.sql.shuffle.partitions", "4"));
    }

    /** Where the shared lakehouse is (or will be): a session for it is made with {@code config(location())}. */
    public static synchronized Path location() {
        if (warehouse == null) {
            try {
                Path dir = Files.createTempDirectory("rhetoric-sample-lakehouse");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
                warehouse = dir.resolve("warehouse");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return warehouse;
    }

    /** The shared lakehouse, written with {@code spark} by the first caller in this JVM. */
    public static synchronized Path warehouse(SparkSession spark) {
        Path at = location();
        if (run == null) {
            run = new RhetoricJob(spark, config(at))
                    .run(List.of(TestPaths.projectRoot().resolve("data/sample").toString()), false);
            if (run.articlesWritten() != ARTICLES || !run.reconciles()) {
                throw new IllegalStateException("the sample run wrote " + run.articlesWritten() + " articles, not "
                        + ARTICLES + ", or its counts do not reconcile");
            }
        }
        return at;
    }

    /** The run that wrote the shared lakehouse. */
    public static synchronized RunSummary run(SparkSession spark) {
        warehouse(spark);
        return run;
    }

    /**
     * A copy of the shared lakehouse for a test that writes (Delta logs name data files relative to their table,
     * so a copied table is whole).
     */
    public static Path copyTo(SparkSession spark, Path target) {
        Path source = warehouse(spark);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind is harmless
        }
    }
}
