package no.hjelp.portal.content;

/**
 * A language the portal serves, read from {@code content/languages.yaml}.
 *
 * @param code   the short code in URLs and the API ({@code /nb/legal-aid}, {@code lang=nb})
 * @param tag    the BCP 47 tag for {@code <html lang>}
 * @param name   the native name, from ICU4J unless the data overrides it
 * @param rtl    true when the language is written right to left
 * @param source the language this one is translated from, or null for the source language
 */
public record Language(String code, String tag, String name, boolean rtl, String source) {

    public String dir() {
        return rtl ? "rtl" : "ltr";
    }

    // JavaBean getters: Jakarta EL 5 (EE 10) reads properties, not record accessors

    public String getCode() {
        return code;
    }

    public String getTag() {
        return tag;
    }

    public String getName() {
        return name;
    }

    public String getDir() {
        return dir();
    }

    /** The language's name in English, for helpers who do not read it ("Tigrinya", "Persian"). */
    public String getEnglishName() {
        return com.ibm.icu.util.ULocale.forLanguageTag(tag).getDisplayName(com.ibm.icu.util.ULocale.ENGLISH);
    }

    public boolean isSource() {
        return source == null;
    }
}
