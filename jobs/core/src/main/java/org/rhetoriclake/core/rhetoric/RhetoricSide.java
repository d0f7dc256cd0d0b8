package org.rhetoriclake.core.rhetoric;

import java.util.Arrays;
import java.util.Locale;

/**
 * Who typically uses a term: a hint for reading trends (a PRC outlet quoting 去风险 is quoting the other side), not
 * part of the tone score. See the header of {@code conf/lexicon/rhetoric.tsv}.
 */
public enum RhetoricSide {
    /** The PRC government and state media. */
    CN,
    /** The US government and its allies, and Western media. */
    US,
    /** Taiwan's government and media. */
    TW,
    /** All sides. */
    ANY;

    /** The name the file and the tables use: {@code CN}, {@code US}, {@code TW}, {@code any}. */
    public String code() {
        return this == ANY ? "any" : name();
    }

    /**
     * The side written as {@code code} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known codes
     */
    public static RhetoricSide fromCode(String code) {
        for (RhetoricSide s : values()) {
            if (s.name().equals(code.toUpperCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown side '" + code + "' (known: "
                + Arrays.stream(values()).map(RhetoricSide::code).toList() + ")");
    }
}
