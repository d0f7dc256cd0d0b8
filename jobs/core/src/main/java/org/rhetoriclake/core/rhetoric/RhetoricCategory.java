package org.rhetoriclake.core.rhetoric;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a rhetoric term is about. A closed list rather than free text, so that counts per category can be compared
 * across lexicon versions and a typo in the file stops loading instead of opening a new category. The file writes
 * the {@link #code() codes}; the header of {@code conf/lexicon/rhetoric.tsv} documents each one.
 */
public enum RhetoricCategory {
    CONCILIATORY,
    CONFRONTATIONAL,
    DIALOGUE,
    SOVEREIGNTY,
    SECURITY,
    ECONOMIC,
    HUMAN_RIGHTS,
    IDEOLOGY,
    TAIWAN,
    MULTILATERAL;

    /** The name the file and the tables use: lower case, {@code human_rights}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The category written as {@code code} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known codes
     */
    public static RhetoricCategory fromCode(String code) {
        for (RhetoricCategory c : values()) {
            if (c.code().equalsIgnoreCase(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + code + "' (known: "
                + Arrays.stream(values()).map(RhetoricCategory::code).toList() + ")");
    }
}
