package org.rhetoriclake.spark.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The tables stay readable by Trino's Delta connector (the BI endpoint): only types it maps, no VARIANT, no
 * timestamp without time zone (Spark's TIMESTAMP is UTC instants), and partition columns of a plain type.
 */
class TrinoReadableTypesTest {
    private static final Set<DataType> SCALARS = Set.of(DataTypes.StringType, DataTypes.LongType,
            DataTypes.IntegerType, DataTypes.DoubleType, DataTypes.BooleanType, DataTypes.TimestampType,
            DataTypes.DateType, DataTypes.BinaryType);

    @Test
    void everyColumnHasATypeTrinoReads() {
        List<String> unreadable = new ArrayList<>();
        for (TableDef t : Tables.ALL) {
            for (StructField f : t.schema().fields()) {
                if (!readable(f.dataType())) {
                    unreadable.add(t.name() + "." + f.name() + " " + f.dataType().sql());
                }
            }
        }
        assertEquals(List.of(), unreadable);
    }

    @Test
    void theCheckRefusesVariantAndTimestampWithoutZone() {
        assertTrue(!readable(DataTypes.VariantType));
        assertTrue(!readable(DataTypes.TimestampNTZType));
        assertTrue(!readable(DataTypes.createArrayType(DataTypes.VariantType)));
        assertTrue(readable(DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType)));
    }

    @Test
    void partitionColumnsAreStrings() {
        for (TableDef t : Tables.ALL) {
            for (String p : t.partitionBy()) {
                assertEquals(DataTypes.StringType, t.schema().apply(p).dataType(), t.name() + "." + p);
            }
        }
    }

    private static boolean readable(DataType type) {
        if (type instanceof ArrayType a) {
            return readable(a.elementType());
        }
        if (type instanceof MapType m) {
            return readable(m.keyType()) && readable(m.valueType());
        }
        if (type instanceof StructType s) {
            for (StructField f : s.fields()) {
                if (!readable(f.dataType())) {
                    return false;
                }
            }
            return true;
        }
        return SCALARS.contains(type);
    }
}
