package no.hjelp.portal.editor;

import java.io.Serializable;

/** One language's value in a form (a contact's name in Thai, say); a bean so a form field can bind to it. */
public class LangText implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String lang;
    private final String langName;
    private String value;

    public LangText(String lang, String langName, String value) {
        this.lang = lang;
        this.langName = langName;
        this.value = value;
    }

    public String getLang() {
        return lang;
    }

    public String getLangName() {
        return langName;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public boolean isBlank() {
        return value == null || value.isBlank();
    }
}
