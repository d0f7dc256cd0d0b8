package org.rhetoriclake.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TruthDateTest {
    private static TruthDate parse(String s) {
        return TruthDate.parse(s).orElseThrow(() -> new AssertionError("not parsed: " + s));
    }

    @Test
    void eachFormCarriesItsPrecision() {
        assertEquals(new TruthDate(LocalDateTime.of(2005, 5, 7, 21, 23, 57), Optional.empty(), DatePrecision.SECOND),
                parse("2005-5-7 21:23:57"));
        assertEquals(DatePrecision.MINUTE, parse("2005-03-21 11:21").precision());
        assertEquals(LocalDateTime.of(2004, 9, 17, 5, 54, 13), parse("2004-09-17 5:54:13").local());
        assertEquals(DatePrecision.DAY, parse("2006-12-27").precision());
        assertEquals(new TruthDate(LocalDateTime.of(1998, 3, 1, 0, 0), Optional.empty(), DatePrecision.MONTH),
                parse("1998-3"));
        assertEquals(new TruthDate(LocalDateTime.of(2018, 1, 1, 0, 0), Optional.empty(), DatePrecision.YEAR),
                parse("2018"));
        assertEquals(DatePrecision.MINUTE, parse("2005年5月7日 21时23分").precision());
        assertEquals(DatePrecision.MONTH, parse("2005年5月").precision());
    }

    @Test
    void isoFormsAndZones() {
        TruthDate d = parse("2019-03-18T23:59:00+08:00");
        assertEquals(Optional.of(ZoneOffset.ofHours(8)), d.offset());
        assertEquals(DatePrecision.SECOND, d.precision());
        assertEquals(Optional.of(ZoneOffset.UTC), parse("2019-03-18T15:59Z").offset());
        assertEquals(Optional.of(ZoneOffset.ofHours(9)), parse("2019-03-18 23:59 +0900").offset());
    }

    @Test
    void midnightIsADay() {
        assertEquals(DatePrecision.DAY, parse("2023-11-17T00:00:00").precision());
    }

    @Test
    void unknownAndJunkAreNoTruth() {
        for (String s : new String[] {"", " ", "UNKNOWN", "UNKNWON", "unknown", "n/a", "昨天", "2005-13-40"}) {
            assertTrue(TruthDate.parse(s).isEmpty(), s);
        }
        assertTrue(TruthDate.parse(null).isEmpty());
    }
}
