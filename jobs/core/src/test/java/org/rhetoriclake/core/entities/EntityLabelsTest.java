package org.rhetoriclake.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.model.EntityType;

class EntityLabelsTest {

    @Test
    void theTable() {
        assertEquals(Optional.of(EntityType.PERSON), EntityLabels.typeOf("PERSON"));
        assertEquals(Optional.of(EntityType.ORGANIZATION), EntityLabels.typeOf("ORGANIZATION"));
        for (String gpe : new String[] {"GPE", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "DEMONYM", "NATIONALITY"}) {
            assertEquals(Optional.of(EntityType.GPE), EntityLabels.typeOf(gpe), gpe);
        }
        assertEquals(Optional.of(EntityType.LOCATION), EntityLabels.typeOf("LOCATION"));
        assertEquals(Optional.of(EntityType.LOCATION), EntityLabels.typeOf("FACILITY"));
        assertEquals(Optional.of(EntityType.MISC), EntityLabels.typeOf("MISC"));
        assertEquals(Optional.of(EntityType.PERSON), EntityLabels.typeOf(" person "), "case and blanks do not matter");
    }

    @Test
    void valuesRolesAndCategoriesAreNoEntities() {
        for (String label : new String[] {"DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT",
                "TITLE", "IDEOLOGY", "RELIGION", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH", "EMAIL", "URL", "O",
                "PROPER_NOUN", "", "SOMETHING_NEW"}) {
            assertEquals(Optional.empty(), EntityLabels.typeOf(label), label);
        }
        assertEquals(Optional.empty(), EntityLabels.typeOf(null));
    }

    @Test
    void numericAndUntypedLabels() {
        assertTrue(EntityLabels.isNumeric("DATE"));
        assertTrue(EntityLabels.isNumeric("money"));
        assertFalse(EntityLabels.isNumeric("MISC"));
        assertFalse(EntityLabels.isNumeric(null));
        assertTrue(EntityLabels.isUntyped("O"));
        assertTrue(EntityLabels.isUntyped("PROPER_NOUN"));
        assertFalse(EntityLabels.isUntyped("TITLE"));
    }
}
