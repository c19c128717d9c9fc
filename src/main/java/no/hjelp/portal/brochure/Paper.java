package no.hjelp.portal.brochure;

import java.util.Locale;

/** The paper sizes embassies print on. */
public enum Paper {
    A4("210mm", "297mm", "16mm", "11pt"),
    A5("148mm", "210mm", "11mm", "9.5pt");

    final String width;
    final String height;
    final String margin;
    final String fontSize;

    Paper(String width, String height, String margin, String fontSize) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.fontSize = fontSize;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the paper for "a4" or "a5" (any case), or null */
    public static Paper parse(String s) {
        for (Paper p : values()) {
            if (p.id().equalsIgnoreCase(s == null ? "" : s)) {
                return p;
            }
        }
        return null;
    }
}
