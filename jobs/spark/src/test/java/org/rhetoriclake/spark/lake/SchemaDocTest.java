package org.rhetoriclake.spark.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SchemaDocTest {

    @Test
    void checkedInSchemaDocMatchesTheTableDefinitions() throws IOException {
        Path doc = Path.of(System.getProperty("user.dir")).resolve("../../docs/SCHEMA.md").normalize();
        assertEquals(SchemaDoc.render(), Files.readString(doc, StandardCharsets.UTF_8),
                "docs/SCHEMA.md is stale: regenerate it with SchemaDoc (see its javadoc)");
    }

    @Test
    void everyColumnOfEveryTableIsDocumented() {
        for (TableDef t : Tables.ALL) {
            for (var f : t.schema().fields()) {
                assertTrue(f.getComment().isDefined() && !f.getComment().get().isBlank(), t.name() + "." + f.name());
            }
        }
    }

    @Test
    void undocumentedColumnIsRefused() {
        StructType s = new StructType().add("x", DataTypes.StringType);
        assertThrows(IllegalArgumentException.class, () -> new TableDef("t", "d", s, List.of("x"), null, List.of()));
    }

    @Test
    void tablesUseOnlyTypesTrinoReads() {
        // No VARIANT, no int→bigint widening later: offsets and counters are declared bigint from the start.
        for (TableDef t : Tables.ALL) {
            for (var f : t.schema().fields()) {
                assertTrue(!f.dataType().sql().contains("VARIANT"), t.name() + "." + f.name());
            }
        }
        assertEquals(DataTypes.LongType, Tables.ARTICLES.schema().apply("source_offset").dataType());
        assertEquals(DataTypes.LongType, Tables.RUNS.schema().apply("records_read").dataType());
    }
}
