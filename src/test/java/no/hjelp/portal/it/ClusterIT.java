package no.hjelp.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two portal nodes as a Payara Micro cluster on loopback (TCP/IP discovery between two fixed
 * 127.0.0.1 ports, every listener on 127.0.0.1, a cluster name of its own, never multicast),
 * sharing one content folder and one data folder, as in production. A publish through node A is
 * seen on node B's page and in its search within 2 seconds; with node A killed, B goes on serving,
 * an editor who was on A goes on on B (the session is in the data grid) and the save lands, B publishes alone,
 * and A, started again, catches up from the shared folder. Then A is killed (kill -9) in the
 * middle of a publish on B: the publish completes, and A, started again, catches up.
 */
class ClusterIT {

    static final Path ROOT = Path.of("target", "cluster-it").toAbsolutePath();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final List<Process> NODES = new ArrayList<>();
    static int httpA;
    static int httpB;
    static int hzA;
    static String members;
    static String cluster;

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static Process start(String name, int http, int hz, String members, String cluster) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Djava.io.tmpdir=" + ROOT, "-Dhazelcast.socket.bind.any=false", "-Dportal.content.dir=" + ROOT.resolve("content"),
                "-Dportal.data.dir=" + ROOT.resolve("data"), "-Dportal.admin.password=cluster-test-password",
                "-jar", Path.of("target", "payara-micro.jar").toAbsolutePath().toString(),
                "--deploy", Path.of("target", "portal.war").toAbsolutePath().toString(), "--contextroot", "/",
                "--port", String.valueOf(http), "--name", name, "--clustername", cluster, "--clustermode", "tcpip:" + members,
                "--startport", String.valueOf(hz), "--interfaces", "127.0.0.1", "--disablephonehome",
                "--prebootcommandfile", Path.of("target", "preboot.txt").toAbsolutePath().toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ROOT.resolve(name + ".log").toFile()).start();
    }

    static HttpResponse<String> get(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    static void awaitReady(int port, String name) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < end) {
            HttpResponse<String> r = get(port, "/en/get-help-now");
            if (r != null && r.statusCode() == 200 && r.body().contains("112")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " did not serve a topic page within 240 s; see " + ROOT.resolve(name + ".log"));
    }

    @BeforeAll
    static void startTwoNodes() throws Exception {
        if (Files.exists(ROOT)) {
            try (var all = Files.walk(ROOT)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(ROOT.resolve("data"));
        try (var files = Files.walk(Path.of("content"))) {
            for (Path f : files.toList()) {
                Path to = ROOT.resolve(f.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        httpA = freePort();
        httpB = freePort();
        hzA = freePort();
        int hzB = freePort();
        members = "127.0.0.1:" + hzA + ",127.0.0.1:" + hzB;
        cluster = "portal-it-" + UUID.randomUUID().toString().substring(0, 8);
        NODES.add(start("nodeA", httpA, hzA, members, cluster));
        NODES.add(start("nodeB", httpB, hzB, members, cluster));
        awaitReady(httpA, "nodeA");
        awaitReady(httpB, "nodeB");
    }

    @AfterAll
    static void stopNodes() {
        NODES.forEach(Process::destroyForcibly);
    }

    /** Adds a sentence to a topic text through its edit form, saves the draft and submits it for review. */
    static void saveAndSubmit(EditorSession editor, String path, String sentence) {
        editor.get(path);
        String body = editor.form("edit").get("edit:body").get(0);
        editor.submit(path, "edit", "save", "edit:body", body + "\n\n" + sentence);
        editor.submit(path, "edit", "submit");
    }

    @Test
    void aPublishOnNodeAIsServedByNodeBAndBKeepsServingWithoutA() throws Exception {
        String log = Files.readString(ROOT.resolve("nodeB.log"));
        assertTrue(log.contains("DG Size: 2") || Files.readString(ROOT.resolve("nodeA.log")).contains("DG Size: 2"),
                "the two nodes form one data grid");

        EditorSession a = new EditorSession("http://127.0.0.1:" + httpA);
        assertTrue(a.signIn("admin", "cluster-test-password"), "the administrator signs in on node A");
        String path = "/editor/topic.xhtml?topic=legal-aid&lang=en";
        saveAndSubmit(a, path, "Narwhal compass sentence from node A.");
        a.submit(path, "edit", "publish");
        assertTrue(a.messages().stream().anyMatch(m -> m.contains("Publisert")), a.messages().toString());
        long published = System.nanoTime();

        boolean page = false;
        boolean search = false;
        while (System.nanoTime() - published < TimeUnit.SECONDS.toNanos(2) && !(page && search)) {
            page = page || get(httpB, "/en/legal-aid").body().contains("Narwhal compass");
            search = search || get(httpB, "/en/search?q=narwhal").body().contains("/en/legal-aid");
            Thread.sleep(50);
        }
        assertTrue(page, "node B's page shows the new text within 2 s");
        assertTrue(search, "node B's search finds it within 2 s");

        a.get(path);
        java.util.Map<String, List<String>> form = a.form("edit");
        NODES.get(0).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        for (String p : List.of("/en/legal-aid", "/en/search?q=narwhal", "/api/v1/topics?lang=en", "/health/ready")) {
            HttpResponse<String> r = get(httpB, p);
            assertEquals(200, r.statusCode(), p + " on node B with node A gone");
            assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), "no cookie on " + p + " with clustering on");
        }
        assertTrue(get(httpB, "/en/legal-aid").body().contains("Narwhal compass"));

        // an editor who was on node A goes on on node B: the session, sign-in included, is in the data grid,
        // so the form posted to B is saved there, as typed
        EditorSession b = new EditorSession("http://127.0.0.1:" + httpB);
        a.cookies.getCookieStore().getCookies().forEach(c -> b.cookies.getCookieStore().add(URI.create("http://127.0.0.1:" + httpB), c));
        EditorSession.set(form, "edit:body", "Text typed while node A went away.");
        EditorSession.set(form, "edit:save", "");
        b.post(path, form);
        assertEquals(200, b.status, "node B answers the editor's save");
        assertEquals("/editor/topic.xhtml", b.location, "no detour to the sign-in page");
        assertTrue(b.messages().stream().anyMatch(m -> m.contains("lagret som versjon")), "saved on B: " + b.messages());
        assertTrue(b.page.contains("Text typed while node A went away."), "what was typed is the saved draft");
        EditorSession onB = new EditorSession("http://127.0.0.1:" + httpB);
        assertTrue(onB.signIn("admin", "cluster-test-password"), "signing in on B works");

        // B publishes while A is down; A, started again, reads the shared folder and catches up
        String other = "/editor/topic.xhtml?topic=interpreters&lang=en";
        saveAndSubmit(onB, other, "Ocelot lighthouse sentence from node B.");
        onB.submit(other, "edit", "publish");
        assertTrue(onB.messages().stream().anyMatch(m -> m.contains("Publisert")), "the publish completes without A: " + onB.messages());
        NODES.set(0, start("nodeA2", httpA, hzA, members, cluster));
        awaitReady(httpA, "nodeA2");
        assertTrue(get(httpA, "/en/interpreters").body().contains("Ocelot lighthouse"), "the restarted node caught up");
        assertTrue(get(httpA, "/en/search?q=ocelot").body().contains("/en/interpreters"));

        // A is killed (kill -9) while B is publishing: the publish completes, and A catches up when it is back
        String third = "/editor/topic.xhtml?topic=safe-housing&lang=en";
        saveAndSubmit(onB, third, "Pelican harbour sentence published while A died.");
        onB.get(third);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            long sent = System.nanoTime();
            java.util.concurrent.Future<Long> publishing = pool.submit(() -> {
                onB.submit(third, "edit", "publish");
                return System.nanoTime();
            });
            Thread.sleep(100);
            long killed = System.nanoTime();
            NODES.get(0).destroyForcibly();
            long answered = publishing.get(90, TimeUnit.SECONDS);
            assertTrue(answered > killed, "node A was killed while the publish was still running (it answered after "
                    + TimeUnit.NANOSECONDS.toMillis(answered - sent) + " ms)");
            assertTrue(onB.messages().stream().anyMatch(m -> m.contains("Publisert")),
                    "the publish completes although a node died during it: " + onB.messages());
        } finally {
            pool.shutdownNow();
        }
        NODES.get(0).waitFor(30, TimeUnit.SECONDS);
        assertTrue(get(httpB, "/en/safe-housing").body().contains("Pelican harbour"), "B serves what it published");
        NODES.set(0, start("nodeA3", httpA, hzA, members, cluster));
        awaitReady(httpA, "nodeA3");
        assertTrue(get(httpA, "/en/safe-housing").body().contains("Pelican harbour"), "the restarted node caught up");
        assertTrue(get(httpA, "/en/search?q=pelican").body().contains("/en/safe-housing"));
        assertTrue(get(httpB, "/en/search?q=pelican").body().contains("/en/safe-housing"));
    }
}
