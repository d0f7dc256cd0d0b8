package org.rhetoriclake.core.progress;

import java.time.Duration;
import java.util.Objects;

/**
 * The counts of one moment of a run, as far as the driver knows them (tasks report their counters with their
 * heartbeats and when they end, so running work shows up within seconds).
 *
 * @param phase         what the run does now ({@link Phase})
 * @param detail        a word on the phase, e.g. the table being written; may be empty
 * @param phaseElapsed  time since the phase began
 * @param runElapsed    time since the run began
 * @param filesDone     input files read to their end
 * @param filesTotal    input files this run reads
 * @param bytesDone     input bytes consumed (a file's records' sizes as they are read)
 * @param bytesTotal    input bytes this run reads (the files' sizes)
 * @param records       input records read (a WARC file has many)
 * @param articlesDone  articles annotated (NER, quotes, rhetoric)
 * @param articlesTotal articles this run annotates; 0 before the annotation phase knows it
 * @param charsDone     characters of the articles annotated
 * @param charsTotal    characters of the articles this run annotates; 0 when not known
 * @param since         the counts when the phase's work was first seen, and the time since; rates and ETAs are
 *                      measured over this window, so time a phase spends before its first result (CoreNLP's
 *                      load, 20-40 s) does not make the early ETAs of a run several times too long. Null until
 *                      the phase has done something.
 */
public record ProgressSnapshot(Phase phase, String detail, Duration phaseElapsed, Duration runElapsed,
                               long filesDone, long filesTotal, long bytesDone, long bytesTotal, long records,
                               long articlesDone, long articlesTotal, long charsDone, long charsTotal,
                               Since since) {

    /** The counts at the start of the window rates are measured over, and how long ago that was. */
    public record Since(Duration elapsed, long files, long bytes, long records, long articles, long chars) {
        public Since {
            Objects.requireNonNull(elapsed, "elapsed");
        }
    }

    /** The phases of a run, in order. */
    public enum Phase {
        /** opening the tables, listing the inputs */
        PREPARE("prepare"),
        /** reading and extracting the input records */
        READ("read"),
        /** picking the articles to annotate: not duplicated in the batch, not already in the lake unchanged */
        SELECT("select"),
        /** NER, quotes and rhetoric on the new articles */
        ANNOTATE("annotate"),
        /** MERGE into the Delta tables */
        WRITE("write"),
        /** rebuilding the aggregate tables */
        AGGREGATE("aggregate");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ProgressSnapshot {
        Objects.requireNonNull(phase, "phase");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(phaseElapsed, "phaseElapsed");
        Objects.requireNonNull(runElapsed, "runElapsed");
    }
}
