package no.hjelp.portal.editor.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import no.hjelp.portal.support.DataFiles;

/**
 * The append-only audit log of the editors' area ({@code <data>/audit.log}): sign-ins, saves,
 * publishes, account changes. One line per event — time, who, what, which item — tab-separated;
 * opened in append mode and flushed to disk per line. Nothing about readers is ever written here.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    private final Path file;

    public AuditLog() {
        this(DataFiles.dataDir().resolve("audit.log"));
    }

    public AuditLog(Path file) {
        this.file = file;
    }

    public synchronized void record(String who, String action, String what) {
        String line = Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\t" + clean(who) + "\t" + clean(action) + "\t"
                + clean(what) + "\n";
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                ch.force(false);
            }
        } catch (IOException e) {
            LOG.severe("Cannot write the audit log " + file + ": " + e.getMessage());
        }
    }

    /** The last {@code n} lines, newest first. */
    public List<String[]> last(int n) {
        List<String[]> out = new ArrayList<>();
        try {
            if (!Files.isRegularFile(file)) {
                return out;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0 && out.size() < n; i--) {
                out.add(lines.get(i).split("\t", 4));
            }
        } catch (IOException e) {
            LOG.severe("Cannot read the audit log: " + e.getMessage());
        }
        return out;
    }

    /** No tab or line break from a name or note can forge another field or line. */
    static String clean(String s) {
        if (s == null) {
            return "-";
        }
        String c = s.replaceAll("[\\t\\r\\n\\p{Cc}]", " ").strip();
        return c.length() > 200 ? c.substring(0, 200) + "…" : c;
    }
}
