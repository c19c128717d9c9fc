package no.hjelp.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documented way to run the WAR without Maven works from the repository root:
 * {@code java -jar target/payara-micro.jar --deploy target/portal.war --contextroot / --port N
 * --nohazelcast --disablephonehome} (plus the loopback preboot file, since tests talk only to
 * 127.0.0.1). It serves the bundled content, and what readers search for never reaches the log.
 * Prints the start-to-first-page time (reported, not asserted).
 */
class RunCommandIT {

    private static Process server;
    private static int port;
    private static Path log;
    private static long startMillis;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        log = Files.createTempFile(Path.of("target"), "run-command", ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.io.tmpdir=target", "-Dportal.data.dir=target/data", "-Dhazelcast.socket.bind.any=false",
                "-jar", "target/payara-micro.jar", "--deploy", "target/portal.war", "--contextroot", "/",
                "--port", String.valueOf(port), "--nohazelcast", "--disablephonehome",
                "--prebootcommandfile", "target/preboot.txt"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("PORTAL_CONTENT_DIR");
        startMillis = System.currentTimeMillis();
        server = pb.start();
        long deadline = startMillis + 180_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> r = get("/nb/");
                if (r.statusCode() == 200 && r.body().contains("<h1>")) {
                    System.out.println("Start to first page: " + (System.currentTimeMillis() - startMillis) + " ms");
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!server.isAlive()) {
                throw new AssertionError("Payara Micro stopped:\n" + Files.readString(log));
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No page within 180 s:\n" + Files.readString(log));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor();
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesTheContentInTheRepository() throws Exception {
        assertEquals(200, get("/ar/get-help-now").statusCode());
        assertTrue(Files.readString(log).contains("Content loaded from " + Path.of("content").toAbsolutePath()),
                "content/ in the working directory is used");
        assertTrue(Files.readString(log).contains("0 problems"));
    }

    @Test
    void searchTextAndReaderAddressesNeverReachTheLog() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        get("/nb/search?q=" + marker);
        get("/api/v1/search?lang=en&q=" + marker);
        get("/nb/" + marker);
        get("/" + marker + "/");
        get("/api/v1/topics/" + marker + "?lang=nb");
        get("/nb/search?q=%3Cscript%3E" + marker);
        Thread.sleep(500);
        String text = Files.readString(log);
        assertFalse(text.contains(marker), "the log holds what a reader typed");
        assertFalse(text.contains("GET /"), "requests are logged");
        try (var files = Files.walk(Path.of("target"), 6)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("access_log")), "an access log was written");
        }
    }
}
