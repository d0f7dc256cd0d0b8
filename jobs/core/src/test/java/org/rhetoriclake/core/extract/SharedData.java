package org.rhetoriclake.core.extract;

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
        return org.rhetoriclake.core.testing.TestPaths.sharedDir();
    }

    static Path resolve(String relative) {
        return dir().resolve(relative);
    }
}
