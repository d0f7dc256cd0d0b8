package org.rhetoriclake.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One of the {@code conf/} files the job reads (lexicons, gazetteer): from a folder when the folder has it,
 * else the copy the jar carries, so a deployment can override some files and not others, and an executor
 * without the project folder still has them. Always UTF-8; the parser gets the name its errors should carry.
 */
public final class ConfFile {
    private ConfFile() {
    }

    /**
     * The file {@code name} of {@code dir}, or when {@code dir} is null or has no such file, the jar's copy at
     * {@code classpathDir + name}.
     *
     * @param parse the file's reader: {@code (source name, reader) -> value}
     */
    public static <T> T load(Path dir, String classpathDir, String name, BiFunction<String, Reader, T> parse) {
        Path file = dir == null ? null : dir.resolve(name);
        if (file == null || !Files.isRegularFile(file)) {
            return fromClasspath(classpathDir, name, parse);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse.apply(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /** The jar's copy of {@code name} under {@code classpathDir}; a missing one is a packaging error. */
    public static <T> T fromClasspath(String classpathDir, String name, BiFunction<String, Reader, T> parse) {
        String resource = Objects.requireNonNull(classpathDir, "classpathDir") + name;
        InputStream in = ConfFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse.apply(resource, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
