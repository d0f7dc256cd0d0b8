package org.rhetoriclake.spark.stages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.rhetoriclake.core.config.ConfigLoader;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.nlp.ChineseEntityTagger;

/**
 * Where a run's CoreNLP properties come from, read once on the driver: the configured file, or the copy built into
 * the jar ({@value ChineseEntityTagger#DEFAULT_PROPERTIES_RESOURCE}, identical to {@code conf/corenlp-chinese.properties}).
 *
 * <p>The built-in copy stands in only for the <em>default</em> file ({@code conf/corenlp-chinese.properties} under
 * the home), which is missing wherever the job runs without a checkout: a spark-submit driver in cluster mode runs
 * in a folder the worker made for it. A file configured anywhere else that does not exist is an error, because a
 * mistyped path must not quietly run a different pipeline.
 *
 * @param origin   which of the two it is
 * @param location the file's absolute path, or the classpath resource
 * @param text     the properties as text (UTF-8 decoded)
 */
public record CoreNlpPropertiesSource(Origin origin, String location, String text) {

    /** The two places the properties can come from. */
    public enum Origin {
        /** {@code rhetoric.corenlp.properties}, a file. */
        FILE,
        /** The jar's copy, used because the default file does not exist. */
        BUILT_IN
    }

    public CoreNlpPropertiesSource {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The properties for {@code config}.
     *
     * @throws IllegalArgumentException when a file other than the default is configured and cannot be read
     */
    public static CoreNlpPropertiesSource resolve(JobConfig config) {
        Path file = config.coreNlpProperties();
        if (Files.isRegularFile(file)) {
            return new CoreNlpPropertiesSource(Origin.FILE, file.toString(), read(file));
        }
        if (file.equals(defaultFile(config))) {
            return builtIn();
        }
        throw new IllegalArgumentException("CoreNLP properties file not found: " + file + " (" + JobConfig.CORENLP_PROPERTIES
                + "; leave it unset to use " + defaultFile(config) + ", or the copy in the jar where that is missing)");
    }

    /** The copy in the jar. */
    public static CoreNlpPropertiesSource builtIn() {
        String resource = ChineseEntityTagger.DEFAULT_PROPERTIES_RESOURCE;
        try (InputStream in = ChineseEntityTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return new CoreNlpPropertiesSource(Origin.BUILT_IN, "classpath:" + resource,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource, e);
        }
    }

    /** For the log: {@code file /x/conf/corenlp-chinese.properties} or {@code built-in classpath:/org/...}. */
    public String describe() {
        return origin == Origin.FILE ? "file " + location : "built-in " + location;
    }

    private static Path defaultFile(JobConfig config) {
        return config.home().resolve(ConfigLoader.defaults().get(JobConfig.CORENLP_PROPERTIES)).normalize();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read CoreNLP properties " + file + ": " + e.getMessage(), e);
        }
    }
}
