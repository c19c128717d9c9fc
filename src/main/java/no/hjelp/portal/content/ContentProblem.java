package no.hjelp.portal.content;

/**
 * Something wrong in the content folder, with the file and line so an editor can find it.
 * The portal logs it at start-up, skips the file and serves the rest.
 */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
