package no.hjelp.portal.content;

/**
 * Where the portal gets its content from. The public pages, the API and the search index all read
 * the same {@link Content} snapshot, so a reader never sees a mix of old and new.
 */
public interface ContentStore {

    /** The content currently served. */
    Content current();

    /** Where the content was read from (a folder, or the copy packaged in the WAR). */
    String location();
}
