package org.rhetoriclake.core.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the read-only shared data ({@code corpus/}, {@code gold/}) lives: the {@code rhetoric.shared} system
 * property when set, else {@code ../shared} beside the checkout (surefire runs in {@code jobs/core}). A missing
 * directory fails the test rather than skipping it, so a misconfigured build cannot pass by testing nothing.
 */
final class SharedData {
    private SharedData() {
    }

    static Path dir() {
        String configured = System.getProperty("rhetoric.shared");
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.dir")).resolve("../../../shared");
        dir = dir.toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(dir.resolve("gold")),
                "shared data not found at " + dir + "; set -Drhetoric.shared=/path/to/shared");
        return dir;
    }

    static Path resolve(String relative) {
        return dir().resolve(relative);
    }
}
