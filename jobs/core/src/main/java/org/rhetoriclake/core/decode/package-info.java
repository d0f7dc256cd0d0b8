/**
 * From the bytes of a page to Chinese text the rest of the job can trust: the charset
 * ({@link org.rhetoriclake.core.decode.HtmlDecoder}), a check that the result is not mojibake
 * ({@link org.rhetoriclake.core.decode.Mojibake}), the script ({@link org.rhetoriclake.core.decode.ScriptDetector})
 * and an offset-preserving Simplified copy ({@link org.rhetoriclake.core.decode.Simplifier}). Pure Java: ICU4J
 * and the JDK's charsets, no Spark, no CoreNLP.
 *
 * <h2>Why the charset is decided in this order</h2>
 * Chinese news sites are old, copied and re-served, and their declarations lie in known ways: pages re-saved as
 * UTF-8 still say {@code gb2312} (four of the dev pages), GBK pages carry no declaration at all (seven cwced
 * pages), servers send {@code iso-8859-1} for whatever they serve. So the decoder follows the declarations in
 * the order of the HTML standard (HTTP header, byte order mark, {@code <meta>} in the first 8 KB) but checks
 * each against the bytes before believing it:
 * <ol>
 *   <li><b>UTF-8 first when the bytes are UTF-8.</b> Bytes that decode strictly as UTF-8 and contain multi-byte
 *       sequences are UTF-8 whatever a legacy declaration says: legacy Chinese text is practically never valid
 *       UTF-8 by accident (see {@link org.rhetoriclake.core.decode.HtmlDecoder}), while UTF-8 pages declaring
 *       {@code gb2312} are common. This one strict decode is exact, cheap and needs no statistics.</li>
 *   <li><b>A declaration that decodes strictly is kept</b>, unless the text it gives is mojibake (Big5 bytes
 *       are nearly always valid GBK, so strictness alone cannot catch a {@code gb2312} label on a Big5 page; the
 *       private-use and rare-character fingerprints can).</li>
 *   <li><b>Otherwise statistics decide</b>, with ICU4J's {@code CharsetDetector} (a maintained detector, not
 *       hand-written heuristics), restricted to the charsets a Chinese news page can be in (GB18030, Big5,
 *       windows-1252 and the declared one; UTF-8 has already been settled exactly), and only among candidates
 *       that decode the bytes with no more invalid sequences than the best one, or 0.5% of the non-ASCII bytes:
 *       a few damaged bytes must not disqualify the right charset, and a charset that cannot read the page must
 *       not win on n-gram statistics.</li>
 *   <li><b>The final decode is lenient and counted.</b> Real pages carry a few invalid bytes (one cwced page has
 *       twelve); dropping the page for them would lose an article, hiding them would lose the evidence, so each
 *       becomes U+FFFD and {@link org.rhetoriclake.core.decode.DecodedPage#malformedSequences()} says how many.</li>
 * </ol>
 * Labels are mapped to the superset that software actually writes ({@code gb2312} → GB18030, {@code big5} →
 * windows-950 then Big5-HKSCS, {@code iso-8859-1} → windows-1252), as browsers do; a label Java does not know is
 * reported but otherwise ignored. The platform default charset and locale are never used, so a decode gives
 * the same text on every machine.
 *
 * <h2>Why the script tools share one table</h2>
 * {@link org.rhetoriclake.core.decode.Simplifier} builds, once per JVM, a one-char-to-one-char table from ICU4J's
 * {@code Hant-Hans} transliterator. Keeping only 1→1 conversions makes the Simplified copy exactly as long as
 * the original, so every offset computed on it (entity mentions, quotations) is an offset into the original
 * text without a mapping table. {@link org.rhetoriclake.core.decode.ScriptDetector} reads its evidence sets off
 * the same table, filtered by the two national repertoires (GB 2312 for Simplified, Big5 for Traditional), so
 * "Traditional-only" means exactly "a char the converter would change and Simplified text does not use".
 *
 * <p>Every class here is stateless or immutable and safe to share between threads.
 */
package org.rhetoriclake.core.decode;
