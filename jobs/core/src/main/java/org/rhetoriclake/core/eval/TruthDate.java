package org.rhetoriclake.core.eval;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication time as a truth file writes it, with the precision it carries: {@code 2018} is a year,
 * {@code 1998-3} a month, {@code 2006-12-27} a day, {@code 2005-03-21 11:21} a minute,
 * {@code 2005-5-7 21:23:57} a second. Separators {@code - / . 年 月 日 : 时 分}, a {@code T} or blanks between
 * date and time, and a trailing zone ({@code Z}, {@code +08:00}, {@code +0800}) are accepted.
 *
 * <p>A time of exactly midnight ({@code 2023-11-17T00:00:00}) is read as day precision: feeds and fixtures write
 * midnight when they only know the day, and a page's real publishing minute must not be judged against it.
 *
 * @param local     the wall-clock value; missing fields are 1 (month, day) or 0 (time)
 * @param offset    the zone written in the truth, if any
 * @param precision the finest field written
 */
public record TruthDate(LocalDateTime local, Optional<ZoneOffset> offset, DatePrecision precision) {
    private static final String TIME = "(?:\\s*T\\s*|\\s+|(?<=日))(\\d{1,2})\\s*[:时]\\s*(\\d{1,2})\\s*"
            + "(?:[:分]\\s*(\\d{1,2})(?:[.,]\\d+)?\\s*秒?|分)?";
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*"
            + "(?:[-/.月]\\s*(\\d{1,2})\\s*日?(?:" + TIME + ")?|月)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");

    public TruthDate {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(precision, "precision");
    }

    /** Parses a truth value; empty for blanks, {@code UNKNOWN} (and its misspelling {@code UNKNWON}) and junk. */
    public static Optional<TruthDate> parse(String text) {
        if (TruthValues.isUnknown(text)) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            DatePrecision precision = m.group(2) == null ? DatePrecision.YEAR
                    : m.group(3) == null ? DatePrecision.MONTH
                    : m.group(4) == null ? DatePrecision.DAY
                    : m.group(6) == null ? DatePrecision.MINUTE : DatePrecision.SECOND;
            if (precision.atLeast(DatePrecision.MINUTE) && hour == 0 && minute == 0 && second == 0) {
                precision = DatePrecision.DAY;
            }
            Optional<ZoneOffset> offset = Optional.ofNullable(m.group(7)).map(TruthDate::offset);
            return Optional.of(new TruthDate(LocalDateTime.of(year, month, day, hour, minute, second), offset,
                    precision));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String z = zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
        return ZoneOffset.of(z);
    }
}
