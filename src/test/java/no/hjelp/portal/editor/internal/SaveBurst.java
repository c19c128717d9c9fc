package no.hjelp.portal.editor.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.hjelp.portal.editor.Item;
import no.hjelp.portal.editor.Revision;
import no.hjelp.portal.support.DataFiles;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Run in a child JVM by {@link CrashSafetyTest} and killed at a random moment: saves revisions
 * with growing numbers and rewrites a YAML file atomically, for ever. Prints "started" once, after
 * the first round is on disk. Every text is a function of its number, so the test can tell a whole
 * file from a cut one.
 *
 * <p>Usage: {@code SaveBurst <folder>}; revisions go to {@code <folder>/revisions}, the YAML file
 * is {@code <folder>/state.yaml}.
 */
public final class SaveBurst {

    static final Item ITEM = Item.topic("burst", "en");
    static final int PADDING_LINES = 500;

    private SaveBurst() {
    }

    /** The text of revision n: about 20 KB. */
    static String text(int n) {
        StringBuilder b = new StringBuilder("---\ntitle: \"Revision " + n + "\"\n---\n");
        for (int i = 0; b.length() < 20_000; i++) {
            b.append("Line ").append(i).append(" of revision ").append(n).append(": æøå – ").append("x".repeat(i % 40)).append('\n');
        }
        return b.append("end of revision ").append(n).append('\n').toString();
    }

    /** The padding list of the YAML file written in round n: about 50 KB. */
    static List<String> padding(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < PADDING_LINES; i++) {
            out.add("round " + n + " item " + i + " " + "y".repeat(80));
        }
        return out;
    }

    static byte[] state(int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iteration", n);
        m.put("padding", padding(n));
        m.put("end", "complete");
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(m).getBytes(StandardCharsets.UTF_8);
    }

    /** The highest revision number on disk, by file name only (a cut file would still count). */
    static int highest(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(s -> s.matches("\\d{6}\\.yaml"))
                    .mapToInt(s -> Integer.parseInt(s.substring(0, 6))).max().orElse(0);
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        RevisionStore store = new RevisionStore(root.resolve("revisions"));
        int n = highest(root.resolve("revisions").resolve(ITEM.key())) + 1;
        boolean started = false;
        while (true) {
            store.append(ITEM, new Revision(n, Revision.Status.DRAFT, "burst", Instant.now(), "round " + n, false, text(n)));
            DataFiles.writeAtomically(root.resolve("state.yaml"), state(n));
            if (!started) {
                System.out.println("started");
                System.out.flush();
                started = true;
            }
            n++;
        }
    }
}
