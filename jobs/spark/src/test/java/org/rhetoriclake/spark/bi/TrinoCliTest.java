package org.rhetoriclake.spark.bi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit codes and cells, without a server. */
class TrinoCliTest {
    @TempDir
    Path tmp;

    @Test
    void statusOfAStateWithNoServerIsNotRunningWithExitThree() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TrinoCli.execute(new PrintWriter(out), new PrintWriter(err), "status", "--state",
                tmp.resolve("state").toString(), "--port", "18089");
        assertEquals(3, code, err.toString());
        assertTrue(out.toString().contains("not running"), out.toString());
    }

    @Test
    void aBadOptionIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, TrinoCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "start", "--port", "x"));
        assertTrue(err.toString().contains("--port"), err.toString());
    }

    @Test
    void cellsAreOneLineAndTimestampsIsoUtc() {
        assertEquals("NULL", TrinoCli.text(null));
        assertEquals("a b c", TrinoCli.text("a\tb\nc"));
        assertEquals("2025-05-08T06:20:00.123Z",
                TrinoCli.text(java.sql.Timestamp.from(Instant.parse("2025-05-08T06:20:00.123Z"))));
    }
}
