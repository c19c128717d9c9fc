package no.hjelp.portal.content;

import java.util.Locale;

/** What a topic file says about itself in its {@code translation:} field. */
public enum Translation {
    ORIGINAL, MACHINE_DRAFTED, REVIEWED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the value for {@code original}, {@code machine-drafted} or {@code reviewed}, or null */
    public static Translation parse(String value) {
        for (Translation t : values()) {
            if (t.id().equals(value)) {
                return t;
            }
        }
        return null;
    }
}
