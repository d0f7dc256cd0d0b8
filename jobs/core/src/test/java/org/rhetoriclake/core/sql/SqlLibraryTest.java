package org.rhetoriclake.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.testing.TestPaths;

class SqlLibraryTest {
    private static final String TEXT = """
            -- Weekly mentions of one actor.
            -- Weeks start on Monday.
            -- param entity_id = Q30 : the actor
            -- param limit = 10 : rows
            SELECT week FROM rhetoric.entity_mentions WHERE entity_id = '{{entity_id}}' LIMIT {{limit}}
            """;

    @Test
    void headerGivesDescriptionAndParametersAndRenderFillsThem() {
        SqlLibrary.Query q = SqlLibrary.parse("weekly", TEXT, "weekly.sql");
        assertEquals("Weekly mentions of one actor. Weeks start on Monday.", q.description());
        assertEquals(List.of(new SqlLibrary.Param("entity_id", "Q30", "the actor"), new SqlLibrary.Param("limit", "10", "rows")),
                q.params());
        assertTrue(q.render(Map.of()).endsWith("WHERE entity_id = 'Q30' LIMIT 10"));
        assertTrue(q.render(Map.of("entity_id", "rl:person/wang-yi", "limit", "3"))
                .endsWith("WHERE entity_id = 'rl:person/wang-yi' LIMIT 3"));
        assertTrue(q.render(Map.of("entity_id", "name:person:夏明")).contains("'name:person:夏明'"));
    }

    @Test
    void valuesThatCouldChangeTheQueryAreRefused() {
        SqlLibrary.Query q = SqlLibrary.parse("weekly", TEXT, "weekly.sql");
        assertThrows(IllegalArgumentException.class, () -> q.render(Map.of("entity_id", "Q30' OR '1'='1")));
        assertThrows(IllegalArgumentException.class, () -> q.render(Map.of("entity_id", "Q30; DROP TABLE x")));
        assertThrows(IllegalArgumentException.class, () -> q.render(Map.of("limit", "ten")), "a number is a number");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.render(Map.of("entity", "Q30")));
        assertTrue(e.getMessage().contains("entity_id"), e.getMessage());
    }

    @Test
    void anUndeclaredPlaceholderOrAMalformedParameterLineIsAnErrorNamingTheFile() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SqlLibrary.parse("x", "-- about\nSELECT {{y}}", "x.sql")).getMessage().contains("x.sql"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SqlLibrary.parse("x", "-- param y\nSELECT 1", "x.sql")).getMessage().contains("x.sql:1"));
    }

    @Test
    void theProjectLibraryLoadsAndEveryQueryRendersWithItsDefaults() {
        SqlLibrary lib = SqlLibrary.load(TestPaths.projectRoot().resolve("sql"));
        assertTrue(lib.queries().size() >= 5, lib.queries().toString());
        for (SqlLibrary.Query q : lib.queries()) {
            assertFalse(q.description().isBlank(), q.name() + " says what it answers");
            String sql = q.render(Map.of());
            assertFalse(sql.contains("{{"), q.name());
            assertTrue(sql.contains("rhetoric."), q.name() + " reads the tables by their rhetoric. names");
            assertFalse(sql.endsWith(";"), q.name() + ": no statement terminator, so the text runs as it is over JDBC too");
        }
    }
}
