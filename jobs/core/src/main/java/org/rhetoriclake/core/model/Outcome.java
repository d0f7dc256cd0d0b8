package org.rhetoriclake.core.model;

import java.util.Objects;

/**
 * What a stage made of one record: a value, a reasoned skip (not an error: a duplicate, a non-article
 * record) or a rejection. Stages return this instead of throwing or returning null, so every record
 * read is accounted for: read = written + skipped + rejected.
 */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Skipped, Outcome.Rejected {

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> skipped(String reason, SourceRef source) {
        return new Skipped<>(reason, source);
    }

    static <T> Outcome<T> rejected(Reject reject) {
        return new Rejected<>(reject);
    }

    record Ok<T>(T value) implements Outcome<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Skipped<T>(String reason, SourceRef source) implements Outcome<T> {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }
    }

    record Rejected<T>(Reject reject) implements Outcome<T> {
        public Rejected {
            Objects.requireNonNull(reject, "reject");
        }
    }
}
