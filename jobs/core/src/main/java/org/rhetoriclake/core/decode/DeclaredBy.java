package org.rhetoriclake.core.decode;

/** Where a page's charset declaration was found (the first one present, usable or not). */
public enum DeclaredBy {
    /** The {@code charset} parameter of the HTTP {@code Content-Type} header. */
    HTTP_HEADER,
    /** A byte order mark at the start of the bytes. */
    BOM,
    /**
     * An in-document declaration in the first 8 KB: {@code <meta charset>}, {@code <meta http-equiv=
     * "Content-Type" content="…; charset=…">}, or the {@code encoding} of an XML declaration
     * ({@code <?xml … encoding="…"?>}, for feeds and XHTML).
     */
    META,
    /** No declaration. */
    NONE
}
