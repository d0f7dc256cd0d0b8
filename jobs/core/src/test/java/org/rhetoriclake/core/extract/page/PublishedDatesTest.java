package org.rhetoriclake.core.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rhetoriclake.core.extract.page.PageMetadata.Precision;
import org.rhetoriclake.core.extract.page.PublishedDates.Found;

class PublishedDatesTest {
    /** Dates are checked for plausibility against this pinned now. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private final PublishedDates dates = new PublishedDates(CLOCK);

    private Found one(String text) {
        Optional<Found> f = dates.find(text);
        assertTrue(f.isPresent(), () -> "no date in " + text);
        return f.get();
    }

    private static OffsetDateTime cst(String local) {
        return OffsetDateTime.parse(local + "+08:00");
    }

    @Test
    void isoOffsetIsKept() {
        Found f = one("2019-09-07T13:43:45+08:00");
        assertEquals(OffsetDateTime.parse("2019-09-07T13:43:45+08:00"), f.at());
        assertEquals(Precision.SECOND, f.precision());
        assertEquals(ZoneOffset.UTC, one("2022-02-06T12:48:06Z").at().getOffset());
        assertEquals(ZoneOffset.ofHours(-5), one("2022-02-06T12:48:06-0500").at().getOffset());
        assertEquals(OffsetDateTime.parse("2022-02-06T12:48:06.250Z").withNano(0),
                one("2022-02-06T12:48:06.250Z").at());
    }

    @Test
    void noOffsetMeansChinaTime() {
        Found f = one("发布时间：2023-11-09 17:30:05");
        assertEquals(cst("2023-11-09T17:30:05"), f.at());
        assertEquals(PublishedDates.DEFAULT_OFFSET, f.at().getOffset());
    }

    @Test
    void chineseDates() {
        Found f = one("2023年11月9日 17:30");
        assertEquals(cst("2023-11-09T17:30"), f.at());
        assertEquals(Precision.MINUTE, f.precision());
        Found day = one("2005年08月16日 来源：新华网");
        assertEquals(cst("2005-08-16T00:00"), day.at());
        assertEquals(Precision.DAY, day.precision());
        assertEquals(cst("2004-07-16T08:19"), one("BUSINESS.SOHU.COM 2004年7月16日08:19").at());
        assertEquals(cst("2020-01-03T18:13:20"), one("2020年1月3日18时13分20秒").at());
        assertEquals(cst("2020-01-03T15:05"), one("2020年1月3日 下午3:05").at());
        assertEquals(cst("2020-01-03T00:30"), one("2020年1月3日凌晨12:30").at());
    }

    @Test
    void slashesAndDots() {
        assertEquals(cst("2023-11-09T00:00"), one("2023/11/9").at());
        assertEquals(cst("2022-01-20T16:31"), one("2022.01.20 16:31").at());
        assertEquals(Precision.DAY, one("2023.11.09").precision());
    }

    @Test
    void aMonthAlone() {
        Found f = one("——《北京之春》1998年3月号");
        assertEquals(cst("1998-03-01T00:00"), f.at());
        assertEquals(Precision.MONTH, f.precision());
    }

    @Test
    void usOrderWithAmPm() {
        assertEquals(cst("2004-09-17T05:54:13"), one("9/17/2004 5:54:13 AM").at());
        assertEquals(cst("2005-07-05T21:23:57"), one("发布日期： 7/5/2005 9:23:57 PM").at());
        // a first number above 12 cannot be a month
        assertEquals(cst("2004-09-17T00:00"), one("17/9/2004").at());
    }

    @Test
    void cmsDashBeforeTheTime() {
        assertEquals(cst("2007-08-20T23:59:59"), one("2007-08-20-23:59:59").at());
    }

    @Test
    void midnightIsADateAlone() {
        Found f = one("2022-01-28 00:00:00");
        assertEquals(Precision.DAY, f.precision());
    }

    @Test
    void fullWidthDigits() {
        assertEquals(cst("2023-11-09T17:30"), one("２０２３年１１月９日 １７：３０").at());
    }

    @Test
    void implausibleDatesAreRejected() {
        assertTrue(dates.find("1989-06-04").isEmpty(), "before 1990");
        assertTrue(dates.find("2030-01-01").isEmpty(), "far future");
        assertTrue(dates.find("2023-02-30").isEmpty(), "no such day");
        assertTrue(dates.find("2023-13-01").isEmpty(), "no such month");
        assertTrue(new PublishedDates(CLOCK).find("2024-06-02 12:00").isPresent(), "a day ahead is fine");
    }

    @Test
    void notInsideOtherNumbers() {
        assertTrue(dates.find("DOI: 10.12677/MOM.2018.82002").isEmpty());
        assertTrue(dates.find("电话 12019-09-07").isEmpty());
        assertTrue(dates.find("2019-2020赛季").isEmpty());
    }

    @Test
    void badTimesKeepTheDate() {
        Found f = one("2023-11-09 25:61");
        assertEquals(Precision.DAY, f.precision());
        assertEquals(cst("2023-11-09T00:00"), f.at());
    }

    @Test
    void findAllGivesPositionsInOrder() {
        String text = "更新 2005-03-28 11:29:36 与 2005年3月25日";
        List<Found> all = dates.findAll(text);
        assertEquals(2, all.size());
        assertEquals("2005-03-28 11:29:36", text.substring(all.get(0).start(), all.get(0).end()));
        assertEquals("2005年3月25日", text.substring(all.get(1).start(), all.get(1).end()));
    }

    @Test
    void wholeValues() {
        assertEquals(cst("2020-09-11T00:00"), dates.parseValue("20200911").orElseThrow().at());
        assertEquals(cst("2020-09-11T15:05"), dates.parseValue("202009111505").orElseThrow().at());
        Found year = dates.parseValue("2018").orElseThrow();
        assertEquals(Precision.YEAR, year.precision());
        assertEquals(Precision.MONTH, dates.parseValue("2018-08").orElseThrow().precision());
        assertEquals(OffsetDateTime.parse("2012-12-10T09:24:01Z"),
                dates.parseValue("Mon, 10 Dec 2012 09:24:01 GMT").orElseThrow().at());
        assertEquals(cst("2020-09-11T18:05"), dates.parseValue(" 2020年09月11日 18:05 ").orElseThrow().at());
        assertTrue(dates.parseValue("页面生成时间 2023-10-23").isEmpty(), "a date inside a longer value");
        assertTrue(dates.parseValue("").isEmpty());
        assertTrue(dates.parseValue(null).isEmpty());
        assertTrue(dates.parseValue("1899").isEmpty());
    }

    @Test
    void datesInUrls() {
        assertEquals(cst("2019-11-25T00:00"),
                dates.fromUrl("https://news.sina.com.cn/c/2019-11-25/doc-iihnzahi3275702.shtml").orElseThrow().at());
        assertEquals(cst("2020-09-11T00:00"),
                dates.fromUrl("http://nb.ifeng.com/a/20200911/14526474_0.shtml").orElseThrow().at());
        assertEquals(cst("2023-11-17T00:00"),
                dates.fromUrl("https://china.chinadaily.com.cn/a/202311/17/WS65571297.html").orElseThrow().at());
        assertEquals(cst("2022-02-11T00:00"),
                dates.fromUrl("https://www.nmg.gov.cn/zwyw/jrgz/202202/t20220211_2004628.html").orElseThrow().at());
        assertEquals(cst("2019-11-25T00:00"), dates.fromUrl("https://x.cn/2019/11/25/a.html").orElseThrow().at());
        Found month = dates.fromUrl("http://news.cjn.cn/sywh/202010/t3714581.htm").orElseThrow();
        assertEquals(Precision.MONTH, month.precision());
        assertEquals(cst("2020-10-01T00:00"), month.at());
        assertTrue(dates.fromUrl("https://www.thepaper.cn/newsDetail_forward_4506347").isEmpty());
        assertTrue(dates.fromUrl("http://20191125.example.cn/a.html").isEmpty(), "the host is not the path");
        assertTrue(dates.fromUrl(null).isEmpty());
    }
}
