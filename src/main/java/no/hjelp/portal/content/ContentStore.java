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

    /**
     * Writes changed files into the content folder and serves them at once, or changes nothing.
     * The new snapshot is loaded and checked first; if a changed file has a problem the old
     * files stay and the problems are returned. Observers of {@link ContentChanged} (search index,
     * rendered pages, page cache) see the new snapshot before this returns.
     *
     * @param changes path relative to the content folder → new text, or null to delete the file
     * @return the problems that stopped the publish; empty when it is done
     */
    java.util.List<ContentProblem> publish(java.util.Map<String, String> changes);

    /** The problems {@link #publish} would report for these changes, without writing anything. */
    java.util.List<ContentProblem> check(java.util.Map<String, String> changes);

    /**
     * Reads the folder again (another node published into the shared folder) and serves it.
     *
     * @param files what the other node said it changed, or null if unknown
     */
    void reload(java.util.List<String> files);

    /**
     * Problems in files on disk that are not served because they broke after they were read: the
     * last good version of each is served instead. Empty when the folder is sound.
     */
    default java.util.List<ContentProblem> held() {
        return java.util.List.of();
    }

    /** The text of a file in the content folder as published, or null if there is none. */
    String read(String file);
}
