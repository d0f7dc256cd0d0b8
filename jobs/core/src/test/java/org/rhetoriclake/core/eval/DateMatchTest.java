package org.rhetoriclake.core.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateMatchTest {
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

    private static TruthDate truth(String s) {
        return TruthDate.parse(s).orElseThrow();
    }

    @Test
    void dayAndMinuteInTheTruthsLocalTime() {
        TruthDate t = truth("2005-5-7 21:23:57");
        OffsetDateTime page = OffsetDateTime.of(2005, 5, 7, 21, 23, 0, 0, CST);
        assertTrue(DateMatch.sameDay(t, page, DatePrecision.MINUTE));
        assertTrue(DateMatch.sameMinute(t, page, DatePrecision.MINUTE));
        // the same instant in UTC is still the same local minute
        assertTrue(DateMatch.sameMinute(t, page.withOffsetSameInstant(ZoneOffset.UTC), DatePrecision.MINUTE));
        assertFalse(DateMatch.sameMinute(t, page.plusMinutes(1), DatePrecision.MINUTE));
        assertTrue(DateMatch.sameDay(t, page.plusMinutes(1), DatePrecision.MINUTE));
    }

    @Test
    void aLateEveningInUtcIsTheNextDayInChina() {
        TruthDate t = truth("2019-03-19");
        assertTrue(DateMatch.sameDay(t, OffsetDateTime.of(2019, 3, 18, 17, 0, 0, 0, ZoneOffset.UTC), null));
        assertFalse(DateMatch.sameDay(t, OffsetDateTime.of(2019, 3, 18, 15, 0, 0, 0, ZoneOffset.UTC), null));
    }

    @Test
    void coarseTruthsAreComparedAtTheirOwnPrecision() {
        OffsetDateTime page = OffsetDateTime.of(2018, 6, 9, 10, 0, 0, 0, CST);
        assertTrue(DateMatch.sameDay(truth("2018"), page, DatePrecision.DAY));
        assertTrue(DateMatch.sameMinute(truth("2018"), page, DatePrecision.DAY));
        assertTrue(DateMatch.sameMinute(truth("2018-6"), page, DatePrecision.MONTH));
        assertFalse(DateMatch.sameDay(truth("2018-7"), page, DatePrecision.DAY));
        assertTrue(DateMatch.sameMinute(truth("2018-06-09"), page, DatePrecision.DAY));
    }

    @Test
    void anExtractedDateCoarserThanTheComparisonDoesNotMatch() {
        OffsetDateTime midnight = OffsetDateTime.of(2005, 3, 21, 0, 0, 0, 0, CST);
        TruthDate t = truth("2005-03-21 11:21");
        assertTrue(DateMatch.sameDay(t, midnight, DatePrecision.DAY));
        assertFalse(DateMatch.sameMinute(t, midnight, DatePrecision.DAY));
        assertFalse(DateMatch.sameDay(t, midnight, DatePrecision.MONTH));
    }

    @Test
    void truthZonesAreHonoured() {
        TruthDate tokyo = truth("2019-03-19 00:30 +09:00");
        assertTrue(DateMatch.sameMinute(tokyo, OffsetDateTime.of(2019, 3, 18, 23, 30, 0, 0, CST), null));
    }

    @Test
    void missingDatesNeverMatch() {
        assertFalse(DateMatch.sameDay(truth("2018"), null, null));
        assertFalse(DateMatch.sameDay(null, OffsetDateTime.now(), null));
    }
}
