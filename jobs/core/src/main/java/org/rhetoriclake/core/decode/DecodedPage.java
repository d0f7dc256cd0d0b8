package org.rhetoriclake.core.decode;

import java.util.Objects;

/**
 * A page's bytes decoded to text, with how the charset was found.
 *
 * @param text               the decoded text, byte order mark removed; malformed byte sequences are U+FFFD
 * @param charsetDeclared    the charset label as declared (lower-case, unquoted), even when it is not a charset
 *                           Java knows or the bytes contradict it; {@code null} when nothing was declared
 * @param declaredBy         where that declaration was found ({@link DeclaredBy#NONE} when none)
 * @param charsetUsed        the Java canonical name of the charset that decoded the text, e.g. {@code UTF-8},
 *                           {@code GB18030}, {@code x-windows-950}, {@code Big5-HKSCS}, {@code windows-1252}
 * @param decidedBy          how {@code charsetUsed} was chosen
 * @param malformedSequences how many byte sequences were invalid in {@code charsetUsed} (each became one U+FFFD)
 */
public record DecodedPage(String text, String charsetDeclared, DeclaredBy declaredBy, String charsetUsed,
                          DecidedBy decidedBy, int malformedSequences) {

    public DecodedPage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(declaredBy, "declaredBy");
        Objects.requireNonNull(charsetUsed, "charsetUsed");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (malformedSequences < 0) {
            throw new IllegalArgumentException("malformedSequences < 0");
        }
    }
}
