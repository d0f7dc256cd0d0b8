package org.rhetoriclake.core.eval;

/** A measured field. Each page contributes to a field only when its truth has a value for it. */
public enum Field {
    /** Title match, see {@link TitleMatch}: 1 or 0. */
    TITLE("title"),
    /** Publication date at day level, see {@link DateMatch}: 1 or 0. */
    DATE_DAY("date (day)"),
    /** Publication date at minute level (or the truth's coarser precision), see {@link DateMatch}: 1 or 0. */
    DATE_MINUTE("date (minute)"),
    /** Author match, see {@link AuthorMatch}: 1 or 0. */
    AUTHOR("author"),
    /** Body character F1 against a full body truth, see {@link BodyF1}: 0 to 1. */
    BODY_F1("body F1"),
    /** The body contains the truth's passage ({@link BodyTruth.Contains}): 1 or 0. */
    BODY_CONTAINS("body contains");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    /** A short human-readable name for tables. */
    public String label() {
        return label;
    }
}
