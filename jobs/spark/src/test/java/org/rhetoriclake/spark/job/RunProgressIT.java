package org.rhetoriclake.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhetoriclake.core.progress.ProgressLine;
import org.rhetoriclake.core.progress.ProgressSnapshot;
import org.rhetoriclake.core.progress.ProgressSnapshot.Phase;
import org.rhetoriclake.spark.stages.StageCounters;

/**
 * The progress line counts the work of tasks still running (one task may annotate for an hour), not only of
 * tasks that ended: a job whose tasks count and then wait shows their counts while they wait.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunProgressIT {
    /** Tasks run in this JVM (local mode): they wait on this until the test has seen their counts. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    private SparkSession spark;

    @BeforeAll
    void start() {
        spark = SparkSession.builder().master("local[2]").appName("rhetoric-progress-it")
                .config("spark.ui.enabled", "false")
                .config("spark.executor.heartbeatInterval", "1s")
                .getOrCreate();
    }

    @AfterAll
    void stop() {
        RELEASE.countDown();
        spark.stop();
    }

    @Test
    void countsOfRunningTasksReachTheDriverBeforeTheTasksEnd() throws Exception {
        StageCounters counters = StageCounters.register(spark.sparkContext());
        try (RunProgress progress = new RunProgress(spark.sparkContext(), counters, Duration.ofSeconds(1))) {
            progress.toAnnotate(10, 1000);
            progress.phase(Phase.ANNOTATE, null);
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            CompletableFuture<Long> job = CompletableFuture.supplyAsync(() -> jsc.parallelize(List.of(1, 2), 2)
                    .map(i -> {
                        counters.articles().add(2);
                        counters.chars().add(200);
                        RELEASE.await(2, TimeUnit.MINUTES);
                        return i;
                    }).count());

            ProgressSnapshot seen = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                seen = progress.snapshot();
                if (seen.articlesDone() == 4) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals(4, seen.articlesDone(), "both running tasks' counts, from their heartbeats");
            assertEquals(400, seen.charsDone());
            assertTrue(!job.isDone(), "the tasks were still running");
            assertTrue(ProgressLine.format(seen).startsWith("annotate: 4/10 articles (40%), 400/1,000 chars"),
                    ProgressLine.format(seen));

            RELEASE.countDown();
            assertEquals(2L, job.get(2, TimeUnit.MINUTES));
            // The task-end events reach the listener a moment after the accumulators merged: wait for the bus.
            long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (progress.snapshot().articlesDone() != 4 && System.nanoTime() < settle) {
                Thread.sleep(100);
            }
            Thread.sleep(2000); // a late heartbeat of an ended task must not count it again
            assertEquals(4, progress.snapshot().articlesDone(),
                    "an ended task is counted once: by its accumulator, no longer by its heartbeat");
        }
    }
}
