package org.rhetoriclake.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rhetoriclake.core.model.Outcome;

/** What the benchmarks share about their inputs: the files they read and how an outcome is counted. */
final class BenchInputs {
    private BenchInputs() {
    }

    /** The files under {@code inputs} (folders walked, hidden files left out, as the job does), sorted. */
    static List<Path> files(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    /** {@code article}, {@code skipped REASON} or {@code rejected REASON}: how a record's outcome is tallied. */
    static String outcomeKey(Outcome<?> o) {
        if (o instanceof Outcome.Ok<?>) {
            return "article";
        }
        if (o instanceof Outcome.Skipped<?> s) {
            return "skipped " + s.reason();
        }
        return "rejected " + ((Outcome.Rejected<?>) o).reject().reason();
    }
}
