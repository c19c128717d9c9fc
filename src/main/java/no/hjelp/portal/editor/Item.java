package no.hjelp.portal.editor;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * One thing an editor edits and publishes on its own: a topic in one language, a contact, or a fact.
 * Its {@link #key()} names its history in the data folder; {@link #file()} the published file.
 */
public record Item(Kind kind, String id, String lang) implements Serializable {

    public enum Kind { TOPIC, CONTACT, FACT }

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

    public Item {
        if (kind == null || id == null || !ID.matcher(id).matches()
                || (kind == Kind.TOPIC ? lang == null || !LANG.matcher(lang).matches() : lang != null)) {
            throw new IllegalArgumentException("not an item: " + kind + " " + id + " " + lang);
        }
    }

    public static Item topic(String id, String lang) {
        return new Item(Kind.TOPIC, id, lang);
    }

    public static Item contact(String id) {
        return new Item(Kind.CONTACT, id, null);
    }

    public static Item fact(String id) {
        return new Item(Kind.FACT, id, null);
    }

    /** True when the id and language are well formed (not whether the item exists). */
    public static boolean valid(Kind kind, String id, String lang) {
        try {
            new Item(kind, id, lang);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The folder of its revisions, relative to the data folder's {@code revisions/}. */
    public String key() {
        return switch (kind) {
            case TOPIC -> "topics/" + id + "/" + lang;
            case CONTACT -> "contacts/" + id;
            case FACT -> "facts/" + id;
        };
    }

    /** The published file, relative to the content folder. */
    public String file() {
        return switch (kind) {
            case TOPIC -> "topics/" + id + "/" + lang + ".md";
            case CONTACT -> "contacts.yaml";
            case FACT -> "facts.yaml";
        };
    }

    @Override
    public String toString() {
        return key();
    }
}
