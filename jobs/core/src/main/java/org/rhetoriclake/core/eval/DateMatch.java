package org.rhetoriclake.core.eval;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Publication date metric, at day level and at minute level.
 *
 * <p>The extracted instant is turned into the truth's local time: the truth's own offset when it writes one,
 * else {@link #DEFAULT_OFFSET} (+08:00, the time of the Chinese-language press; a page that gives no zone is
 * read in it too). The two are then compared down to the level asked for, but never finer than the truth: a
 * truth of {@code 2018} is matched on the year alone, {@code 1998-3} on the month, a day-precision truth on the
 * day even at minute level. An extracted date must itself be at least as precise as the comparison (a page date
 * known only to the day does not match {@code 2005-03-21 11:21} at minute level, whatever its midnight says);
 * a null extracted precision means "as precise as its value".
 */
public final class DateMatch {
    /** The offset of truths and pages that give none: China Standard Time. */
    public static final ZoneOffset DEFAULT_OFFSET = ZoneOffset.ofHours(8);

    private DateMatch() {
    }

    /** Day-level match. */
    public static boolean sameDay(TruthDate truth, OffsetDateTime extracted, DatePrecision extractedPrecision) {
        return matches(truth, extracted, extractedPrecision, DatePrecision.DAY);
    }

    /** Minute-level match. */
    public static boolean sameMinute(TruthDate truth, OffsetDateTime extracted, DatePrecision extractedPrecision) {
        return matches(truth, extracted, extractedPrecision, DatePrecision.MINUTE);
    }

    /** Match down to {@code level}, or to the truth's precision when that is coarser. */
    public static boolean matches(TruthDate truth, OffsetDateTime extracted, DatePrecision extractedPrecision,
            DatePrecision level) {
        if (truth == null || extracted == null) {
            return false;
        }
        DatePrecision compared = level.min(truth.precision());
        if (extractedPrecision != null && !extractedPrecision.atLeast(compared)) {
            return false;
        }
        LocalDateTime local = extracted.withOffsetSameInstant(truth.offset().orElse(DEFAULT_OFFSET))
                .toLocalDateTime();
        LocalDateTime want = truth.local();
        return switch (compared) {
            case YEAR -> local.getYear() == want.getYear();
            case MONTH -> local.getYear() == want.getYear() && local.getMonth() == want.getMonth();
            case DAY -> local.toLocalDate().equals(want.toLocalDate());
            case MINUTE -> local.withSecond(0).withNano(0).equals(want.withSecond(0).withNano(0));
            case SECOND -> local.withNano(0).equals(want.withNano(0));
        };
    }
}
