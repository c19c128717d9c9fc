package no.hjelp.portal.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A help line, shelter, clinic or office, stored once in {@code content/contacts.yaml} and shown in
 * every language. Boolean flags are null where no source says.
 */
public record Contact(String id, Map<String, String> name, String official, List<String> kinds, boolean emergency,
                      List<Phone> phones, boolean open24h, List<Hours> hours, String area, List<String> languages,
                      Boolean free, Boolean anonymous, Boolean noLegalStayNeeded, String web, String email,
                      Map<String, String> description, LocalDate verified, String source) {

    /** A phone number as dialled in Norway, with groups separated by spaces. */
    public record Phone(String number, String confidence) {

        /** The number for a {@code tel:} link: digits and a leading +, Norwegian numbers with +47 only if long. */
        public String dial() {
            return number.replaceAll("[^0-9+]", "");
        }
    }

    /** Opening hours on some days; {@code from}/{@code to} may be null ("drop-in on Thursdays"). */
    public record Hours(List<java.time.DayOfWeek> days, String from, String to) {
    }

    /** The name in the reader's language, else English, else Norwegian. */
    public String nameIn(String lang) {
        return pick(name, lang);
    }

    /** The description in the reader's language, else English, else Norwegian; empty if none. */
    public String descriptionIn(String lang) {
        String d = pick(description, lang);
        return d == null ? "" : d;
    }

    /** True when the description exists in the reader's own language. */
    public boolean describedIn(String lang) {
        return description.containsKey(lang);
    }

    private static String pick(Map<String, String> values, String lang) {
        if (values.containsKey(lang)) {
            return values.get(lang);
        }
        if (values.containsKey("en")) {
            return values.get("en");
        }
        return values.get("nb");
    }
}
