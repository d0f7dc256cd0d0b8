package org.rhetoriclake.core.extract.page;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhetoriclake.core.extract.page.PageMetadata.Precision;

/**
 * Reads publication dates as Chinese news pages write them, in metadata values and in visible text.
 *
 * <p>Forms understood, each with or without a time of day:
 * <ul>
 *   <li>numeric year-first dates with {@code -}, {@code /} or {@code .}: {@code 2023-11-09 17:30:05},
 *       {@code 2023/11/9}, {@code 2023.11.09}, ISO 8601 with {@code T}, fractions and offsets
 *       ({@code 2019-09-07T13:43:45+08:00}), and the {@code 2007-08-20-23:59:59} some CMSs emit;</li>
 *   <li>Chinese dates: {@code 2023年11月9日 17:30}, {@code 2023年11月9日17时30分}, {@code 下午3:05};
 *       {@code 2003年5月} alone is a month;</li>
 *   <li>US-order dates {@code 9/17/2004 5:54:13 AM} (old ASP sites print them so);</li>
 *   <li>in metadata values only (where the whole value is the date): {@code 20200911}, {@code 20200911150500},
 *       a year alone ({@code 2018}), a year and month ({@code 2018-08}), and RFC 1123 dates.</li>
 * </ul>
 *
 * <p>Zone: an offset the text gives ({@code Z}, {@code +08:00}, {@code +0800}) is kept; otherwise the date is
 * read as {@link #DEFAULT_OFFSET} (+08:00), the offset of mainland China, Taiwan and Hong Kong news.
 *
 * <p>Plausibility: a date before {@link #MIN_YEAR} or more than {@link #MAX_AHEAD} after the clock's now is
 * rejected (it is a birth date, a copyright range, an expiry), and so is anything that is not a calendar date.
 *
 * <p>Precision says how much the text gave: {@code 2003年5月} is {@link Precision#MONTH}, {@code 2023-11-09} is
 * {@link Precision#DAY}, and so on. A time of exactly midnight counts as a date alone ({@link Precision#DAY}):
 * CMSs write {@code 2022-01-28 00:00:00} when they only know the day.
 *
 * <p>Thread-safe and immutable.
 */
public final class PublishedDates {
    /** The offset of a date whose text names none: China, Taiwan and Hong Kong all use +08:00. */
    public static final ZoneOffset DEFAULT_OFFSET = ZoneOffset.ofHours(8);
    /** Earlier dates are not the publication date of a web page. */
    public static final int MIN_YEAR = 1990;
    /** A page may be dated a little ahead of the clock (time zones, scheduled posts), not more. */
    public static final Duration MAX_AHEAD = Duration.ofDays(2);

    /** A date found in a text: when, how precisely, and where in the text. */
    public record Found(OffsetDateTime at, Precision precision, int start, int end) {
        public Found {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(precision, "precision");
        }

        /** The same date with another precision. */
        Found withPrecision(Precision p) {
            return new Found(at, p, start, end);
        }
    }

    private static final String SP = "[\\s\\u00A0\\u3000]*";
    private static final String TIME =
            "(?:" + SP + "(?:T|-(?=\\d{1,2}:))?" + SP
                    + "(?<ap1>上午|下午|晚上|晚间|凌晨|早上|中午)?" + SP
                    + "(?<h>\\d{1,2})" + SP + "(?:[:：]|[时時点點])" + SP + "(?<mi>\\d{2})(?!\\d)"
                    + "(?:" + SP + "(?:[:：]" + SP + "(?<s>\\d{2})(?:[.,]\\d{1,9})?(?!\\d)|分" + SP
                    + "(?:(?<s2>\\d{2})" + SP + "秒)?))?"
                    + "(?:" + SP + "(?<ap2>[AaPp]\\.?[Mm]\\.?)(?![A-Za-z]))?"
                    + "(?:" + SP + "(?<z>Z(?![A-Za-z])|[+-]\\d{2}:?\\d{2}(?!\\d)|(?:GMT|UTC)" + SP
                    + "(?<zs>[+-]\\d{1,2})(?::?(?<zm>\\d{2}))?))?"
                    + ")?";
    /** Year-first numeric or Chinese dates, optionally followed by a time. */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d.])(?<date>(?<y>(?:19|20)\\d{2})" + SP
                    + "(?:(?<sep>[-/.])" + SP + "(?<m>\\d{1,2})" + SP + "\\k<sep>" + SP + "(?<d>\\d{1,2})(?![\\d/])"
                    + "|年" + SP + "(?<cm>\\d{1,2})" + SP + "月(?:" + SP + "(?<cd>\\d{1,2})" + SP
                    + "[日号號])?))"
                    + TIME);
    /** US order, month first: {@code 9/17/2004 5:54:13 AM}. */
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<![\\d/.])(?<date>(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>(?:19|20)\\d{2}))(?![\\d/])" + TIME);
    private static final Pattern COMPACT = Pattern.compile(
            "((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(\\d{2})?)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})(?:[-/.年](\\d{1,2})月?)?");

    private final Clock clock;

    /** Plausibility checked against the system clock. */
    public PublishedDates() {
        this(Clock.systemUTC());
    }

    /** Plausibility checked against {@code clock} (tests pin it). */
    public PublishedDates(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Every plausible date in {@code text}, in text order (overlapping forms resolved to the earliest, longest
     * match). Full-width digits and colons count as ASCII ones.
     */
    public List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String s = PageMetadataText.asciiDigits(text);
        collect(YEAR_FIRST.matcher(s), true, out);
        collect(MONTH_FIRST.matcher(s), false, out);
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Found> kept = new ArrayList<>();
        int until = -1;
        for (Found f : out) {
            if (f.start() >= until) {
                kept.add(f);
                until = f.end();
            }
        }
        return kept;
    }

    /** The first plausible date in {@code text}. */
    public Optional<Found> find(String text) {
        List<Found> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * A metadata value that should be a date as a whole ({@code content} of a meta tag, JSON-LD
     * {@code datePublished}, {@code <time datetime>}): the forms {@link #findAll} knows at the start of the value,
     * plus digits-only, year-only, year-month and RFC 1123 values.
     */
    public Optional<Found> parseValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = PageMetadataText.fold(PageMetadataText.asciiDigits(value));
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Matcher c = COMPACT.matcher(v);
        if (c.matches()) {
            return compact(c);
        }
        Matcher ym = YEAR_MONTH.matcher(v);
        if (ym.matches()) {
            int year = Integer.parseInt(ym.group(1));
            if (ym.group(2) == null) {
                return plausible(LocalDate.of(year, 1, 1).atStartOfDay(), null, Precision.YEAR, 0, v.length());
            }
            int month = Integer.parseInt(ym.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            return plausible(LocalDate.of(year, month, 1).atStartOfDay(), null, Precision.MONTH, 0, v.length());
        }
        List<Found> found = findAll(v);
        if (!found.isEmpty() && found.get(0).start() <= 2) {
            return Optional.of(found.get(0));
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
            return plausible(t.toLocalDateTime(), t.getOffset(), Precision.SECOND, 0, v.length());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A date in the path of {@code url}: {@code /2019-11-25/}, {@code /2019/11/25/}, {@code /20200911/},
     * {@code /202311/17/}, {@code t20220211_}, and, as a month, {@code /201909/} or {@code /2019-09/}.
     */
    public Optional<Found> fromUrl(String url) {
        if (url == null || url.isEmpty()) {
            return Optional.empty();
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        for (Pattern p : URL_DAY) {
            Matcher m = p.matcher(path);
            if (m.find()) {
                Optional<Found> f = ymd(m.group(1), m.group(2), m.group(3));
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        Matcher m = URL_MONTH.matcher(path);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                Optional<Found> f = plausible(LocalDate.of(year, month, 1).atStartOfDay(), null, Precision.MONTH,
                        m.start(), m.end());
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private static final List<Pattern> URL_DAY = List.of(
            Pattern.compile("(?<![\\d])((?:19|20)\\d{2})[-_/](\\d{1,2})[-_/](\\d{1,2})(?![\\d])"),
            Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(\\d{2})[/_-](\\d{2})(?=/)"),
            Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?![\\d])"));
    private static final Pattern URL_MONTH =
            Pattern.compile("/((?:19|20)\\d{2})[-_]?(\\d{2})(?=/)");

    private Optional<Found> ymd(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return plausible(date.atStartOfDay(), null, Precision.DAY, 0, 0);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Found> compact(Matcher c) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)),
                    Integer.parseInt(c.group(3)));
            if (c.group(4) == null) {
                return plausible(date.atStartOfDay(), null, Precision.DAY, c.start(), c.end());
            }
            int sec = c.group(6) == null ? 0 : Integer.parseInt(c.group(6));
            LocalDateTime t = date.atTime(Integer.parseInt(c.group(4)), Integer.parseInt(c.group(5)), sec);
            return plausible(t, null, c.group(6) == null ? Precision.MINUTE : Precision.SECOND, c.start(), c.end());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private void collect(Matcher m, boolean yearFirst, List<Found> out) {
        int from = 0;
        while (from < m.regionEnd() && m.find(from)) {
            from = m.start() + 1;
            Optional<Found> f = toFound(m, yearFirst);
            if (f.isPresent()) {
                out.add(f.get());
                from = m.end();
            }
        }
    }

    private Optional<Found> toFound(Matcher m, boolean yearFirst) {
        int year = Integer.parseInt(m.group("y"));
        boolean chinese = yearFirst && m.group("sep") == null;
        int month = Integer.parseInt(chinese ? m.group("cm") : m.group("m"));
        String da = chinese ? m.group("cd") : m.group("d");
        int dateEnd = m.end("date");
        if (da == null) {
            // 2003年5月: a month; a time after it would be odd, and is ignored.
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            return plausible(LocalDate.of(year, month, 1).atStartOfDay(), null, Precision.MONTH, m.start(), dateEnd);
        }
        int day = Integer.parseInt(da);
        if (!yearFirst && month > 12 && day <= 12) {
            // 17/9/2004 cannot be month-first; read it day-first.
            int t = month;
            month = day;
            day = t;
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        String h = m.group("h");
        if (h == null) {
            return plausible(date.atStartOfDay(), null, Precision.DAY, m.start(), dateEnd);
        }
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m.group("mi"));
        String sec = m.group("s") != null ? m.group("s") : m.group("s2");
        int second = sec == null ? 0 : Integer.parseInt(sec);
        String ap = m.group("ap1") != null ? m.group("ap1") : m.group("ap2");
        if (ap != null) {
            char c = Character.toUpperCase(ap.charAt(0));
            boolean pm = c == 'P' || ap.equals("下午") || ap.startsWith("晚") || (ap.equals("中午") && hour < 11);
            boolean am = c == 'A' || ap.equals("上午") || ap.equals("凌晨") || ap.equals("早上");
            if ((c == 'A' || c == 'P') && (hour > 12 || hour == 0)) {
                return plausible(date.atStartOfDay(), null, Precision.DAY, m.start(), dateEnd);
            }
            if (pm && hour < 12) {
                hour += 12;
            } else if (am && hour == 12) {
                hour = 0;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            // Not a time after all; keep the date.
            return plausible(date.atStartOfDay(), null, Precision.DAY, m.start(), dateEnd);
        }
        Precision p = sec == null ? Precision.MINUTE : Precision.SECOND;
        return plausible(date.atTime(hour, minute, second), offset(m), p, m.start(), m.end());
    }

    private static ZoneOffset offset(Matcher m) {
        String z = m.group("z");
        if (z == null) {
            return null;
        }
        try {
            if (z.equals("Z")) {
                return ZoneOffset.UTC;
            }
            if (z.startsWith("+") || z.startsWith("-")) {
                String digits = z.replace(":", "");
                return ZoneOffset.ofHoursMinutes(Integer.parseInt(digits.substring(0, 3)),
                        (digits.charAt(0) == '-' ? -1 : 1) * Integer.parseInt(digits.substring(3)));
            }
            int hours = Integer.parseInt(m.group("zs").replace("+", ""));
            int minutes = m.group("zm") == null ? 0 : Integer.parseInt(m.group("zm"));
            return ZoneOffset.ofHoursMinutes(hours, hours < 0 ? -minutes : minutes);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private Optional<Found> plausible(LocalDateTime local, ZoneOffset offset, Precision precision, int start,
            int end) {
        if (local.getYear() < MIN_YEAR) {
            return Optional.empty();
        }
        OffsetDateTime at = local.atOffset(offset == null ? DEFAULT_OFFSET : offset);
        if (at.toInstant().isAfter(clock.instant().plus(MAX_AHEAD))) {
            return Optional.empty();
        }
        Precision p = precision;
        if ((p == Precision.SECOND || p == Precision.MINUTE) && local.toLocalTime().toSecondOfDay() == 0) {
            p = Precision.DAY;
        }
        return Optional.of(new Found(at, p, start, end));
    }
}
