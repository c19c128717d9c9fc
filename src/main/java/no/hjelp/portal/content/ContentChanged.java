package no.hjelp.portal.content;

import java.util.List;

/**
 * CDI event fired after a new content snapshot is in place; observers rebuild what depends on it.
 *
 * @param files the files of the content folder that changed (relative paths), or null when anything
 *              may have changed (start-up, a full reload): observers may then update only what
 *              those files feed
 */
public record ContentChanged(Content content, List<String> files) {

    public ContentChanged(Content content) {
        this(content, null);
    }
}
