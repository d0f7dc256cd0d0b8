package org.rhetoriclake.core.version;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions of the job and of the models and engines it was built against, stamped on every row the
 * job writes, so a table row can always be traced to the code that produced it.
 */
public final class Versions {
    private static final Properties PROPS = load();

    private Versions() {
    }

    public static String job() {
        return PROPS.getProperty("job.version", "unknown");
    }

    public static String coreNlp() {
        return PROPS.getProperty("corenlp.version", "unknown");
    }

    public static String spark() {
        return PROPS.getProperty("spark.version", "unknown");
    }

    public static String delta() {
        return PROPS.getProperty("delta.version", "unknown");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/org/rhetoriclake/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
