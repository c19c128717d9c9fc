package no.hjelp.portal.content;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shortcodes topic texts use to refer to facts stored once: {@code {{contact:rosa}}},
 * {@code {{phone:rosa}}} and {@code {{fact:reflection-period}}}.
 *
 * <p>Facts render in the reader's language through ICU4J ("6 måneder", "6 months", "٦ أشهر").
 * Phone numbers always render in Latin digits, left to right and unbroken, also inside Arabic text:
 * the groups are joined with NO-BREAK SPACE and the link carries {@code dir="ltr"}, which isolates
 * it from the surrounding right-to-left text (otherwise "22 33 11 60" reads "60 11 33 22").
 */
public final class Shortcodes {

    /** Anything between double braces; {@link #parse} tells whether it is a valid shortcode. */
    public static final Pattern ANY = Pattern.compile("\\{\\{([^{}]*)\\}\\}");
    private static final Pattern VALID = Pattern.compile("(contact|phone|fact):([a-z0-9-]+)");

    public static final String UNKNOWN_SHORTCODE =
            "unknown shortcode '%s': use {{contact:<id>}}, {{phone:<id>}} or {{fact:<id>}} with an id from contacts.yaml or facts.yaml";

    /** A parsed shortcode. */
    public record Code(String kind, String id) {
    }

    private static final Map<String, MeasureUnit> UNITS = Map.of(
            "year", MeasureUnit.YEAR, "month", MeasureUnit.MONTH, "week", MeasureUnit.WEEK,
            "day", MeasureUnit.DAY, "hour", MeasureUnit.HOUR, "minute", MeasureUnit.MINUTE);

    private Shortcodes() {
    }

    /** @return the shortcode inside {@code {{...}}}, or null if it is not one of ours */
    public static Code parse(String inner) {
        Matcher m = VALID.matcher(inner.trim());
        return m.matches() ? new Code(m.group(1), m.group(2)) : null;
    }

    /** @return null when the code refers to something that exists, else the problem */
    public static String check(Code code, Content content) {
        boolean exists = switch (code.kind()) {
            case "fact" -> content.fact(code.id()).isPresent();
            case "phone" -> content.contact(code.id()).map(c -> !c.phones().isEmpty()).orElse(false);
            default -> content.contact(code.id()).isPresent();
        };
        if (exists) {
            return null;
        }
        if ("phone".equals(code.kind()) && content.contact(code.id()).isPresent()) {
            return "{{phone:" + code.id() + "}}: this contact has no published phone number; use {{contact:" + code.id() + "}}";
        }
        return String.format(UNKNOWN_SHORTCODE, "{{" + code.kind() + ":" + code.id() + "}}");
    }


    /** A fact in the reader's language: an override if the data has one, else ICU4J's wording. */
    public static String formatFact(Fact fact, Language lang) {
        String override = fact.overrides().get(lang.code());
        if (override != null) {
            return override;
        }
        ULocale locale = ULocale.forLanguageTag(lang.tag());
        if (fact.unit() == null) {
            return NumberFormat.getInstance(locale).format(fact.amount());
        }
        return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE)
                .format(new Measure(fact.amount(), UNITS.get(fact.unit())));
    }

    /** The number as shown: groups joined by NO-BREAK SPACE so it never breaks across lines. */
    public static String displayPhone(Contact.Phone phone) {
        return phone.number().trim().replace(' ', '\u00A0');
    }

    /**
     * The number for a {@code tel:} link. An eight-digit Norwegian number gets +47 so that it also
     * works from a foreign SIM card; short numbers (112, 116 117, 02800) are dialled as they are.
     */
    public static String telHref(Contact.Phone phone) {
        String digits = phone.dial();
        if (!digits.startsWith("+") && digits.length() == 8 && digits.charAt(0) != '0' && digits.charAt(0) != '1') {
            digits = "+47" + digits;
        }
        return "tel:" + digits;
    }

    /** HTML for one phone link, safe to put into any text (numbers contain no markup characters). */
    public static String phoneHtml(Contact.Phone phone) {
        return "<a class=\"tel\" href=\"" + telHref(phone) + "\" dir=\"ltr\">" + displayPhone(phone) + "</a>";
    }

    /** Escapes text for HTML and XML element content and attribute values; drops control characters. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
