package no.hjelp.portal.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UI strings from {@code i18n/<code>.properties} (UTF-8, on the classpath), formatted with ICU4J
 * {@link MessageFormat} so plurals follow each language's rules:
 * {@code search.count={count, plural, one {# result} other {# results}}}.
 *
 * <p>A key missing in a language falls back to English, then shows the key itself; a unit test
 * fails on any gap, so readers never see a fallback in a release.
 *
 * <p>Usage: {@code Messages.get("ar").format("search.count", Map.of("count", 3))}.
 */
public final class Messages {

    /** The language whose strings fill gaps. */
    public static final String FALLBACK = "en";

    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final String lang;
    private final ULocale locale;
    private final Properties own;
    private final Properties fallback;

    private Messages(String lang, String tag) {
        this.lang = lang;
        this.locale = ULocale.forLanguageTag(tag);
        this.own = load(lang);
        this.fallback = FALLBACK.equals(lang) ? own : load(FALLBACK);
    }

    /** The strings for a language code (its BCP 47 tag is taken to be the code). */
    public static Messages get(String lang) {
        return get(lang, lang);
    }

    /** The strings for a language, formatting numbers and dates for {@code tag}. */
    public static Messages get(String lang, String tag) {
        return CACHE.computeIfAbsent(lang + "|" + tag, k -> new Messages(lang, tag));
    }

    /** The keys defined in {@code i18n/<lang>.properties} itself, without fallback. */
    public static Set<String> keys(String lang) {
        return Collections.unmodifiableSet(load(lang).stringPropertyNames());
    }

    /** True when {@code i18n/<lang>.properties} exists. */
    public static boolean exists(String lang) {
        return Messages.class.getClassLoader().getResource("i18n/" + lang + ".properties") != null;
    }

    private static Properties load(String lang) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream("i18n/" + lang + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read i18n/" + lang + ".properties", e);
        }
        return p;
    }

    public String lang() {
        return lang;
    }

    /** The string for a key, without arguments. */
    public String text(String key) {
        String s = own.getProperty(key);
        if (s == null) {
            s = fallback.getProperty(key);
        }
        return s == null ? key : s;
    }

    /** The string for a key with named ICU arguments, e.g. {@code Map.of("count", 3)}. */
    public String format(String key, Map<String, Object> args) {
        return new MessageFormat(text(key), locale).format(args);
    }

    /**
     * A date written the way readers of this language write it, in their calendar: Thai readers get
     * the Buddhist era (28 พฤศจิกายน 2569), the others the Gregorian calendar.
     */
    public String date(LocalDate date) {
        ULocale withCalendar = locale;
        String[] calendars = Calendar.getKeywordValuesForLocale("calendar", locale, true);
        if (calendars.length > 0 && locale.getKeywordValue("calendar") == null) {
            withCalendar = locale.setKeywordValue("calendar", calendars[0]);
        }
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, withCalendar);
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(new java.util.Date(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli()));
    }
}
