package no.hjelp.portal.editor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import no.hjelp.portal.editor.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Kills a JVM that is saving revisions and rewriting a YAML file (SIGKILL, at a random moment, three
 * times on the same folder) and checks that every file with a final name is whole: revisions are
 * linked into place only when written, other data files renamed over the old one.
 */
class CrashSafetyTest {

    @TempDir
    Path folder;

    @TempDir
    Path logs;

    @Test
    void aKilledSaveNeverLeavesAPartialFile() throws Exception {
        RevisionStore store = new RevisionStore(folder.resolve("revisions"));
        int previous = 0;
        for (int round = 1; round <= 3; round++) {
            Path stderr = logs.resolve("stderr-" + round + ".txt");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                    "-cp", System.getProperty("java.class.path"), SaveBurst.class.getName(), folder.toString())
                    .redirectError(stderr.toFile())
                    .start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (IOException e) {
                        return "read failed: " + e;
                    }
                });
                String line;
                try {
                    line = first.get(60, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    line = "no output in 60 s";
                }
                if (!"started".equals(line)) {
                    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    fail("round " + round + ": " + line + "\n" + Files.readString(stderr));
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(300, 801));
                assertTrue(p.isAlive(), "still saving when killed: " + Files.readString(stderr));
            } finally {
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the child JVM ends when killed");
            }
            assertNotEquals(0, p.exitValue(), "killed, not ended");

            int count = SaveBurst.highest(folder.resolve("revisions").resolve(SaveBurst.ITEM.key()));
            assertTrue(count > previous, "round " + round + " saved something: " + previous + " → " + count);
            previous = count;
            checkFolder(store);
        }
    }

    private void checkFolder(RevisionStore store) throws IOException {
        Path dir = folder.resolve("revisions").resolve(SaveBurst.ITEM.key());
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        List<String> finals = names.stream().filter(s -> s.matches("\\d{6}\\.yaml")).toList();
        List<String> others = names.stream().filter(s -> !s.matches("\\d{6}\\.yaml")).toList();
        assertTrue(others.stream().allMatch(s -> s.startsWith("new-") && s.endsWith(".tmp")), "only temporary files besides: " + others);

        List<Revision> revisions = store.list(SaveBurst.ITEM);
        assertEquals(finals.size(), revisions.size(), "every revision file parses");
        for (int i = 0; i < revisions.size(); i++) {
            Revision r = revisions.get(i);
            assertEquals(i + 1, r.number(), "numbers run from 1 without a gap");
            assertEquals(String.format("%06d.yaml", r.number()), finals.get(i));
            assertEquals(Revision.Status.DRAFT, r.status());
            assertEquals("round " + r.number(), r.note());
            assertEquals(SaveBurst.text(r.number()), r.text(), "revision " + r.number() + " is whole");
        }
        assertEquals(revisions.get(revisions.size() - 1).number(), store.latest(SaveBurst.ITEM).orElseThrow().number());

        try (Stream<Path> files = Files.list(folder)) {
            List<String> top = files.map(f -> f.getFileName().toString()).filter(s -> !s.equals("revisions")).toList();
            assertTrue(top.contains("state.yaml"), top.toString());
            assertTrue(top.stream().allMatch(s -> s.equals("state.yaml") || (s.startsWith("state.yaml-") && s.endsWith(".tmp"))),
                    "only the file and its temporary copies: " + top);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(folder.resolve("state.yaml"), StandardCharsets.UTF_8));
        assertEquals(List.of("iteration", "padding", "end"), List.copyOf(state.keySet()));
        int n = ((Number) state.get("iteration")).intValue();
        assertTrue(n >= 1 && n <= revisions.size(), "written after its revision: " + n + " of " + revisions.size());
        assertTrue(n >= revisions.size() - 1, "at most one round behind the revisions: " + n + " of " + revisions.size());
        assertEquals(SaveBurst.padding(n), state.get("padding"));
        assertEquals("complete", state.get("end"));
    }
}
