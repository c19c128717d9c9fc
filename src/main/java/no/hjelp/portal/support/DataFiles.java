package no.hjelp.portal.support;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The data folder (what the portal writes: editors' accounts, the brochure cache) and the one way
 * files are written there, so that a crash never leaves half a file.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /** {@code portal.data.dir}, else {@code PORTAL_DATA_DIR}, else {@code ./data}; never in the repository. */
    public static Path dataDir() {
        String dir = System.getProperty("portal.data.dir", System.getenv("PORTAL_DATA_DIR"));
        return Path.of(dir == null || dir.isBlank() ? "data" : dir).toAbsolutePath();
    }

    /**
     * Writes to a temporary file in the same folder, flushes it to disk and renames it over the
     * target; readers see the old file or the new one, never a part.
     */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName() + "-", ".tmp");
        try {
            Files.write(tmp, bytes, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
