package org.rhetoriclake.spark.job;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import org.rhetoriclake.core.progress.ProgressLine;
import org.rhetoriclake.core.progress.ProgressSnapshot;
import org.rhetoriclake.core.progress.ProgressSnapshot.Phase;
import org.rhetoriclake.spark.stages.StageCounters;

/**
 * The progress line of a run on the console: every {@code rhetoric.progress.intervalSeconds}, the phase, what
 * it has done of its total, its rate and ETA ({@link ProgressLine}). Lives on the driver.
 *
 * <p>Counts of running tasks matter: one task may read a whole crawl or annotate hundreds of articles, and the
 * driver's accumulators only grow when a task ends. So a listener keeps each running task's latest counts from
 * the executors' heartbeats (every {@code spark.executor.heartbeatInterval}, 10 s by default), and a count is
 * the accumulator's value (tasks ended) plus those (tasks running).
 */
final class RunProgress implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunProgress.class);

    private final SparkContext sc;
    private final StageCounters counters;
    private final long started = System.nanoTime();
    private final Listener listener = new Listener();
    private final ScheduledExecutorService timer;

    private volatile Phase phase = Phase.PREPARE;
    private volatile String detail = "";
    private volatile long phaseStarted = System.nanoTime();
    private volatile long filesTotal;
    private volatile long bytesTotal;
    private volatile long articlesTotal;
    private volatile long charsTotal;

    /** @param interval how often to print; zero or negative prints nothing (the counters still count) */
    RunProgress(SparkContext sc, StageCounters counters, Duration interval) {
        this.sc = sc;
        this.counters = counters;
        if (interval.isZero() || interval.isNegative()) {
            timer = null;
            return;
        }
        sc.addSparkListener(listener);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rhetoric-progress");
            t.setDaemon(true); // never keeps a finished run's JVM alive
            return t;
        });
        long ms = interval.toMillis();
        timer.scheduleAtFixedRate(this::print, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** When and at what counts the current phase's work was first seen; null before. */
    private volatile WindowStart windowStart;

    private record WindowStart(long nanos, long files, long bytes, long records, long articles, long chars) {
    }

    void phase(Phase next, String what) {
        phase = next;
        detail = what == null ? "" : what;
        phaseStarted = System.nanoTime();
        windowStart = null;
    }

    void inputs(long files, long bytes) {
        filesTotal = files;
        bytesTotal = bytes;
    }

    void toAnnotate(long articles, long chars) {
        articlesTotal = articles;
        charsTotal = chars;
    }

    /** The counts now, as the console line shows them. */
    synchronized ProgressSnapshot snapshot() {
        long now = System.nanoTime();
        long files = count(counters.files());
        long bytes = count(counters.bytes());
        long records = count(counters.records());
        long articles = count(counters.articles());
        long chars = count(counters.chars());
        // The rate window opens at the first sight of the phase's own work: the counts of earlier phases (or
        // earlier runs' tasks) are its baseline, and a phase's wait for its first result is not in its rate.
        long work = phase == Phase.READ ? records : phase == Phase.ANNOTATE ? articles : 0;
        WindowStart w = windowStart;
        if (w == null && work > 0) {
            w = new WindowStart(now, files, bytes, records, articles, chars);
            windowStart = w;
        }
        ProgressSnapshot.Since since = w == null ? null : new ProgressSnapshot.Since(Duration.ofNanos(now - w.nanos()),
                w.files(), w.bytes(), w.records(), w.articles(), w.chars());
        return new ProgressSnapshot(phase, detail, Duration.ofNanos(now - phaseStarted), Duration.ofNanos(now - started),
                files, filesTotal, bytes, bytesTotal, records, articles, articlesTotal, chars, charsTotal, since);
    }

    private long count(LongAccumulator acc) {
        long running = 0;
        for (Map<Long, Long> task : listener.running.values()) {
            running += task.getOrDefault(acc.id(), 0L);
        }
        return acc.value() + running;
    }

    private void print() {
        try {
            LOG.info("progress: {}", ProgressLine.format(snapshot()));
        } catch (RuntimeException e) {
            LOG.debug("progress line failed", e); // a progress line must never fail a run
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            sc.removeSparkListener(listener);
        }
    }

    /** Each running task's latest value of each accumulator, from the heartbeats; dropped when the task ends. */
    private static final class Listener extends SparkListener {
        final Map<Long, Map<Long, Long>> running = new ConcurrentHashMap<>();
        /** Tasks ended: a heartbeat sent just before a task ended may arrive after its end, and must not revive it. */
        private final java.util.Set<Long> ended = ConcurrentHashMap.newKeySet();

        @Override
        public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
            for (var task : scala.jdk.javaapi.CollectionConverters.asJava(update.accumUpdates())) {
                Map<Long, Long> values = new ConcurrentHashMap<>();
                for (AccumulableInfo info : scala.jdk.javaapi.CollectionConverters.asJava(task._4())) {
                    if (info.name().isDefined() && info.name().get().startsWith("rhetoric.progress.")
                            && info.update().isDefined() && info.update().get() instanceof Number n) {
                        values.put(info.id(), n.longValue());
                    }
                }
                Long taskId = (Long) task._1();
                if (!values.isEmpty() && !ended.contains(taskId)) {
                    running.put(taskId, values);
                }
            }
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            ended.add(end.taskInfo().taskId());
            running.remove(end.taskInfo().taskId());
        }
    }
}
