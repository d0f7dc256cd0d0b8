package org.rhetoriclake.core.eval;

/**
 * How much of a date-time is known, coarsest first: "2018" is {@link #YEAR}, "2005-03-21 11:21" {@link #MINUTE}.
 * The constants have the names of the page metadata's precision, so an extractor's value maps with
 * {@code DatePrecision.valueOf(precision.name())}.
 */
public enum DatePrecision {
    YEAR, MONTH, DAY, MINUTE, SECOND;

    /** The coarser of the two. */
    public DatePrecision min(DatePrecision other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** At least as fine as {@code other}. */
    public boolean atLeast(DatePrecision other) {
        return compareTo(other) >= 0;
    }
}
