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
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.hjelp.portal.support.DataFiles;
import java.util.logging.Logger;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentChanged;
import no.hjelp.portal.content.ContentProblem;
import no.hjelp.portal.content.ContentPublished;
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

    @Inject
    Event<ContentPublished> published;

    private volatile Content content;
    private String location;
    private Path dir;
    /** The text of every file as served now: what a file that breaks on disk is replaced with. */
    private Map<String, String> served = Map.of();
    /** Problems in files on disk that are not served (the last good version is served instead). */
    private volatile List<ContentProblem> held = List.of();
    private volatile long fingerprint;

    @PostConstruct
    void init() {
        dir = locate();
        location = dir.toString();
        content = load(dir);
        served = readAll(dir);
        fingerprint = fingerprint(dir);
        changed.fire(new ContentChanged(content));
    }

    /** Every content file's text, by path relative to the folder. */
    static Map<String, String> readAll(Path dir) {
        Map<String, String> out = new java.util.HashMap<>();
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".md") || name.endsWith(".yaml")) {
                    out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warning("Cannot read the content folder for its last good copy: " + e.getMessage());
        }
        return out;
    }

    /** Names, sizes and times of every file: changes when anything in the folder does. */
    static long fingerprint(Path dir) {
        long h = 17;
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted().toList()) {
                h = h * 31 + f.toString().hashCode();
                if (Files.isRegularFile(f)) {
                    h = h * 31 + Files.size(f);
                    h = h * 31 + Files.getLastModifiedTime(f).toMillis();
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return h;
        }
        return h;
    }

    /**
     * Reads the folder again if any file in it changed since it was last read (someone edited a
     * file by hand, or restored a backup); called every few seconds by {@link ContentWatch}.
     */
    public void checkForChanges() {
        if (dir.getFileSystem() == FileSystems.getDefault() && fingerprint(dir) != fingerprint) {
            reload(null);
        }
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

    @Override
    public synchronized List<ContentProblem> publish(Map<String, String> changes) {
        if (dir.getFileSystem() != FileSystems.getDefault() || !Files.isWritable(dir)) {
            return List.of(new ContentProblem(location, 0, "the content folder cannot be written (it is the copy packaged "
                    + "in the WAR, or read-only): start the portal with PORTAL_CONTENT_DIR set to a writable folder"));
        }
        Content candidate = new ContentLoader().load(dir, changes);
        List<ContentProblem> added = added(content, candidate);
        if (!added.isEmpty()) {
            return added;
        }
        try {
            for (Map.Entry<String, String> c : changes.entrySet()) {
                Path file = dir.resolve(c.getKey()).normalize();
                if (!file.startsWith(dir)) {
                    throw new IOException("outside the content folder: " + c.getKey());
                }
                if (c.getValue() == null) {
                    Files.deleteIfExists(file);
                } else {
                    DataFiles.writeAtomically(file, c.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            LOG.severe("Publishing failed: " + e.getMessage());
            return List.of(new ContentProblem(location, 0, "cannot write the content folder: " + e.getMessage()));
        }
        content = candidate;
        Map<String, String> next = new java.util.HashMap<>(served);
        changes.forEach((k, v) -> {
            if (v == null) {
                next.remove(k);
            } else {
                next.put(k, v);
            }
        });
        served = next;
        fingerprint = fingerprint(dir);
        changed.fire(new ContentChanged(candidate, List.copyOf(changes.keySet())));
        if (published != null) {
            published.fire(new ContentPublished(List.copyOf(changes.keySet())));
        }
        return List.of();
    }

    @Override
    public List<ContentProblem> check(Map<String, String> changes) {
        return added(content, new ContentLoader().load(dir, changes));
    }

    /** Problems the candidate has that the current content has not (lines ignored: an edit moves them). */
    private static List<ContentProblem> added(Content current, Content candidate) {
        Set<String> before = new HashSet<>();
        current.problems().forEach(p -> before.add(p.file() + " " + p.message()));
        return candidate.problems().stream().filter(p -> !before.contains(p.file() + " " + p.message())).toList();
    }

    /**
     * Reads the folder again. A file that has broken since the last read (half-written, corrupted)
     * is not dropped: its last good version goes on being served, and the problem is reported on
     * {@code /health} ({@link #held()}) until the file is mended.
     */
    @Override
    public synchronized void reload(List<String> files) {
        long print = fingerprint(dir);
        Content next = load(dir);
        List<ContentProblem> broken = added(content, next);
        Map<String, String> keep = new java.util.HashMap<>();
        for (ContentProblem p : broken) {
            String good = served.get(p.file());
            if (good != null) {
                keep.put(p.file(), good);
            }
        }
        if (!keep.isEmpty()) {
            LOG.warning("Content files broken on disk, their last good version is served: " + keep.keySet());
            next = new ContentLoader().load(dir, keep);
        }
        Map<String, String> nowServed = readAll(dir);
        nowServed.putAll(keep);
        served = nowServed;
        held = List.copyOf(broken);
        fingerprint = print;
        content = next;
        changed.fire(new ContentChanged(next, files == null || !keep.isEmpty() ? null : List.copyOf(files)));
    }

    @Override
    public List<ContentProblem> held() {
        return held;
    }

    @Override
    public String read(String file) {
        Path p = dir.resolve(file).normalize();
        try {
            return p.startsWith(dir) && Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
