package org.rhetoriclake.core.extract.page;

import java.time.OffsetDateTime;

/**
 * What a full news web page says about its article, as {@link PageMetadataExtractor} reads it.
 *
 * @param title the article headline (not the browser {@code <title>} with the site's name appended); null only
 *     when the page has no title of any kind
 * @param publishedAt when the article was published, with the offset the page gave or +08:00 when it gave none;
 *     null when no plausible date was found
 * @param publishedPrecision how much of {@code publishedAt} the page gave (the rest is filled with the start of
 *     the period: a {@link Precision#MONTH} date is the 1st at midnight); null exactly when {@code publishedAt} is
 * @param publishedFrom which rule found the date: {@code meta}, {@code json-ld}, {@code time-element},
 *     {@code visible-text}, {@code url} or {@code meta-modified} (a last-modified date, used when nothing else
 *     dates the page); a second rule that only sharpened the precision is appended after a {@code +}, as in
 *     {@code meta+visible-text}; null exactly when {@code publishedAt} is
 * @param author the writers or reporters the page credits (several are joined with {@code 、}); not editors, not the
 *     source outlet ({@code 来源}), and not the site itself unless that is the only credit the page gives; null when
 *     none
 * @param canonicalUrl the page's canonical absolute http(s) URL ({@code <link rel=canonical>}, else
 *     {@code og:url}), or null
 * @param siteName the site's name from the page's metadata ({@code og:site_name} and the like), else the last
 *     segment of the {@code <title>} suffix removed from the headline (a Chinese one rather than a domain or an
 *     English alias); null when neither exists
 */
public record PageMetadata(String title, OffsetDateTime publishedAt, Precision publishedPrecision,
        String publishedFrom, String author, String canonicalUrl, String siteName) {

    /** How much of a date the page gave. */
    public enum Precision {
        YEAR, MONTH, DAY, MINUTE, SECOND;

        /** True when this precision gives at least as much as {@code other}. */
        public boolean atLeast(Precision other) {
            return compareTo(other) >= 0;
        }
    }

    public PageMetadata {
        if ((publishedAt == null) != (publishedPrecision == null) || (publishedAt == null) != (publishedFrom == null)) {
            throw new IllegalArgumentException("publishedAt, publishedPrecision and publishedFrom go together");
        }
    }

    /** Nothing known. */
    public static final PageMetadata EMPTY = new PageMetadata(null, null, null, null, null, null, null);
}
