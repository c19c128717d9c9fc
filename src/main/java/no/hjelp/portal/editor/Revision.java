package no.hjelp.portal.editor;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * One saved version of an item, kept for ever in the data folder.
 *
 * @param number  1, 2, 3 … per item; a save names the number it was edited from, so a stale save is refused
 * @param status  what this revision did: a draft saved, a draft sent for review, a publish, an unpublish
 * @param minor   a source text changed without raising its version (translations stay up to date)
 * @param text    the whole text: a topic file, or the YAML entry of one contact or fact
 */
public record Revision(int number, Status status, String author, Instant time, String note, boolean minor, String text)
        implements Serializable {

    public enum Status {
        DRAFT, REVIEW, PUBLISHED, UNPUBLISHED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status parse(String s) {
            for (Status v : values()) {
                if (v.id().equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown status: " + s);
        }
    }

    /** True while it waits for someone: a draft or a text in review. */
    public boolean pending() {
        return status == Status.DRAFT || status == Status.REVIEW;
    }
}
