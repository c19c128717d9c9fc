package no.hjelp.portal.content.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentChanged;
import no.hjelp.portal.content.ContentProblem;
import no.hjelp.portal.content.ContentStore;

/**
 * Reads the content folder at start-up.
 *
 * <p>Where from, first match wins: the system property {@code portal.content.dir}, the environment
 * variable {@code PORTAL_CONTENT_DIR}, {@code content/} in the working directory, the copy packaged
 * in the WAR ({@code WEB-INF/classes/bundled-content}). Problems are logged with file and line;
 * the files with problems are skipped and the rest is served.
 */
@ApplicationScoped
public class FileContentStore implements ContentStore {

    private static final Logger LOG = Logger.getLogger(FileContentStore.class.getName());

    @Inject
    Event<ContentChanged> changed;

    private volatile Content content;
    private String location;

    @PostConstruct
    void init() {
        Path dir = locate();
        location = dir.toString();
        content = load(dir);
        changed.fire(new ContentChanged(content));
    }

    static Content load(Path dir) {
        Content c = new ContentLoader().load(dir);
        for (ContentProblem p : c.problems()) {
            LOG.warning("Content problem, skipped: " + p);
        }
        LOG.info("Content loaded from " + dir + ": " + c.languages().size() + " languages, "
                + c.contacts().size() + " contacts, " + c.problems().size() + " problems");
        return c;
    }

    /** The content folder to read, following the order in the class comment. */
    static Path locate() {
        String configured = System.getProperty("portal.content.dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("PORTAL_CONTENT_DIR");
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        Path local = Path.of("content").toAbsolutePath();
        if (Files.isRegularFile(local.resolve("languages.yaml"))) {
            return local;
        }
        return bundled();
    }

    static Path bundled() {
        URL url = FileContentStore.class.getClassLoader().getResource("bundled-content/languages.yaml");
        if (url == null) {
            throw new IllegalStateException("No content: set portal.content.dir or PORTAL_CONTENT_DIR to the content folder");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    FileSystems.newFileSystem(uri, Map.of());
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read the packaged content at " + url, e);
        }
    }

    @Override
    public Content current() {
        return content;
    }

    @Override
    public String location() {
        return location;
    }
}
