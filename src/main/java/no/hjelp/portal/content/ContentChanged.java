package no.hjelp.portal.content;

/** CDI event fired after a new content snapshot is in place; observers rebuild what depends on it. */
public record ContentChanged(Content content) {
}
