package org.rhetoriclake.spark.bi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which tables registration registers, moves and drops, and how it reads Trino's answers: no Trino, milliseconds. */
class TrinoCatalogTest {
    @TempDir
    Path tmp;

    @Test
    void findsTheDeltaTablesOfTheWarehouse() throws IOException {
        Path db = tmp.resolve("wh/rhetoric.db");
        Files.createDirectories(db.resolve("articles/_delta_log"));
        Files.createDirectories(db.resolve("quotes/_delta_log"));
        Files.createDirectories(db.resolve("scratch"));
        Files.createDirectories(db.resolve("Bad-Name/_delta_log"));
        Files.createFile(db.resolve("notes.txt"));
        assertEquals(Map.of("articles", db.resolve("articles"), "quotes", db.resolve("quotes")),
                TrinoCatalog.warehouseTables(tmp.resolve("wh"), "rhetoric"));
        assertEquals(Map.of(), TrinoCatalog.warehouseTables(tmp.resolve("empty"), "rhetoric"));
    }

    @Test
    void registersNewTablesMovesMovedOnesAndDropsGoneOnes() {
        Path wh = Path.of("/lake/rhetoric.db");
        Map<String, Path> tables = Map.of("articles", wh.resolve("articles"), "quotes", wh.resolve("quotes"),
                "runs", wh.resolve("runs"), "entities", wh.resolve("entities"));
        Map<String, Optional<String>> registered = Map.of(
                "articles", Optional.of("file:///lake/rhetoric.db/articles/"),
                "quotes", Optional.of("file:///old/rhetoric.db/quotes"),
                "runs", Optional.empty(),
                "speeches", Optional.of("file:///lake/rhetoric.db/speeches"));
        TrinoCatalog.Plan plan = TrinoCatalog.plan(tables, registered);
        assertEquals(Map.of("entities", wh.resolve("entities")), plan.register());
        assertEquals(Map.of("quotes", wh.resolve("quotes"), "runs", wh.resolve("runs")), plan.reregister(),
                "a table at another folder, or one Trino cannot describe, is registered again");
        assertEquals(List.of("speeches"), plan.unregister());
        assertEquals(List.of("articles"), plan.unchanged());
        assertFalse(plan.changesNothing());
    }

    @Test
    void aSecondRegistrationChangesNothing() {
        Map<String, Path> tables = Map.of("articles", Path.of("/lake/rhetoric.db/articles"));
        TrinoCatalog.Plan plan = TrinoCatalog.plan(tables, Map.of("articles", Optional.of("local:///lake/rhetoric.db/articles")));
        assertTrue(plan.changesNothing());
        assertEquals(List.of("articles"), plan.unchanged());
    }

    @Test
    void comparesLocationsAsPaths() {
        Path folder = Path.of("/lake/rhetoric.db/articles");
        assertTrue(TrinoCatalog.samePath("file:///lake/rhetoric.db/articles/", folder));
        assertTrue(TrinoCatalog.samePath("local:///lake/rhetoric.db/articles", folder));
        assertTrue(TrinoCatalog.samePath("/lake/rhetoric.db/./articles", folder));
        assertTrue(TrinoCatalog.samePath("file:///lake/a%20b", Path.of("/lake/a b")), "URIs are decoded");
        assertFalse(TrinoCatalog.samePath("file:///lake/rhetoric.db/article", folder));
        assertFalse(TrinoCatalog.samePath("file:///other/rhetoric.db/articles", folder));
    }

    @Test
    void readsTheLocationOfShowCreateTable() {
        String show = """
                CREATE TABLE delta.rhetoric.articles (
                   article_id varchar COMMENT 'id'
                )
                COMMENT 'one row per article'
                WITH (
                   change_data_feed_enabled = true,
                   location = 'file:///lake/it''s/rhetoric.db/articles',
                   partitioned_by = ARRAY['pub_month']
                )""";
        assertEquals(Optional.of("file:///lake/it's/rhetoric.db/articles"), TrinoCatalog.locationOf(show));
        assertEquals(Optional.empty(), TrinoCatalog.locationOf("CREATE TABLE x (a varchar)"));
    }

    @Test
    void quotesLiteralsSoAFolderNameCannotEndTheString() {
        assertEquals("'/a/it''s'", TrinoCatalog.literal("/a/it's"));
    }

    @Test
    void readinessIsStartingFalseInV1Info() {
        assertTrue(TrinoServer.ready("{\"nodeVersion\":{\"version\":\"476\"},\"environment\":\"rhetoric_local\",\"coordinator\":true,\"starting\":false,\"uptime\":\"25.00s\"}"));
        assertFalse(TrinoServer.ready("{\"coordinator\":true,\"starting\":true}"));
        assertFalse(TrinoServer.ready(null));
        assertFalse(TrinoServer.ready("<html>proxy error</html>"));
    }
}
