package no.hjelp.portal.editor.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import no.hjelp.portal.editor.Item;
import no.hjelp.portal.editor.Revision;
import no.hjelp.portal.support.DataFiles;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Every saved revision of every item, one file each: {@code <data>/revisions/<item key>/000001.yaml}.
 * A revision file is written completely and flushed under a temporary name, then linked to its
 * final name; the link fails if the number is taken, so two saves (even from two nodes sharing the
 * folder) can never both become revision n. Files are never changed or deleted afterwards.
 */
@ApplicationScoped
public class RevisionStore {

    private static final Logger LOG = Logger.getLogger(RevisionStore.class.getName());

    private final Path root;

    public RevisionStore() {
        this(DataFiles.dataDir().resolve("revisions"));
    }

    public RevisionStore(Path root) {
        this.root = root;
    }

    /** Thrown when revision n already exists: someone else saved first. */
    public static final class Taken extends Exception {
        public Taken(int number) {
            super("revision " + number + " exists");
        }
    }

    /** All revisions of the item, oldest first; unreadable files are logged and left out. */
    public List<Revision> list(Item item) {
        Path dir = root.resolve(item.key());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Revision> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("\\d{6}\\.yaml")).sorted().toList()) {
                read(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The newest revision, if any. */
    public Optional<Revision> latest(Item item) {
        Path dir = root.resolve(item.key());
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            Optional<Path> last = files.filter(f -> f.getFileName().toString().matches("\\d{6}\\.yaml"))
                    .max(Path::compareTo);
            return last.flatMap(RevisionStore::read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The revision with that number. */
    public Optional<Revision> get(Item item, int number) {
        Path f = root.resolve(item.key()).resolve(String.format("%06d.yaml", number));
        return Files.isRegularFile(f) ? read(f) : Optional.empty();
    }

    /** Adds the revision as number {@code r.number()}; fails with {@link Taken} if that number exists. */
    public void append(Item item, Revision r) throws Taken {
        Path dir = root.resolve(item.key());
        Path file = dir.resolve(String.format("%06d.yaml", r.number()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", r.number());
        m.put("status", r.status().id());
        m.put("author", r.author());
        m.put("time", r.time().toString());
        m.put("note", r.note() == null ? "" : r.note());
        m.put("minor", r.minor());
        m.put("text", r.text() == null ? "" : r.text());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        byte[] bytes = new Yaml(new Representer(options), options).dump(m).getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "new-", ".tmp");
            try {
                Files.write(tmp, bytes, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException e) {
                throw new Taken(r.number());
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Optional<Revision> read(Path f) {
        try {
            Map<String, Object> m = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(f, StandardCharsets.UTF_8));
            return Optional.of(new Revision(((Number) m.get("number")).intValue(), Revision.Status.parse((String) m.get("status")),
                    String.valueOf(m.get("author")), Instant.parse(String.valueOf(m.get("time"))), String.valueOf(m.getOrDefault("note", "")),
                    Boolean.TRUE.equals(m.get("minor")), String.valueOf(m.getOrDefault("text", ""))));
        } catch (IOException | RuntimeException e) {
            LOG.severe("Cannot read revision " + f + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
