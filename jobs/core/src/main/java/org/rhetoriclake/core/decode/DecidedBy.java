package org.rhetoriclake.core.decode;

import java.util.Locale;

/** How the charset that decoded a page was chosen. */
public enum DecidedBy {
    /** The HTTP header's charset, verified against the bytes. */
    HEADER,
    /** The byte order mark. */
    BOM,
    /** The in-document declaration, verified against the bytes. */
    META,
    /** Statistical detection: there was no usable declaration, or the bytes contradicted it. */
    DETECTED,
    /** The declaration named a legacy charset, but the bytes are valid UTF-8 with multi-byte sequences. */
    UTF8_OVERRIDE;

    /** Lower-case label for tables and logs: {@code header}, {@code bom}, {@code meta}, {@code detected},
     * {@code utf8_override}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
