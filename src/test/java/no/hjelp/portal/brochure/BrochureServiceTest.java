package no.hjelp.portal.brochure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.internal.ContentLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The disk cache: keyed by what goes into the PDF, written atomically, fresh after a content change. */
class BrochureServiceTest {

    static Path data;
    static String saved;

    @BeforeAll
    static void dataDir() throws Exception {
        saved = System.getProperty("portal.data.dir");
        data = Files.createTempDirectory(Path.of("target"), "data");
        System.setProperty("portal.data.dir", data.toString());
    }

    @AfterAll
    static void restore() {
        if (saved == null) {
            System.clearProperty("portal.data.dir");
        } else {
            System.setProperty("portal.data.dir", saved);
        }
    }

    private static List<Path> cached() throws Exception {
        try (Stream<Path> s = Files.list(data.resolve("brochure-cache"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void sameContentIsServedFromDiskAndAChangeMakesAFreshFile() throws Exception {
        Content content = new ContentLoader().load(Path.of(System.getProperty("portal.content.dir", "content")));
        BrochureService service = new BrochureService();
        BrochureRequest r = new BrochureRequest(content.brochures().get("health"), content.language("nb").orElseThrow(), null, Paper.A5);
        byte[] first = service.pdf(r, content, "https://a.example");
        assertEquals(1, cached().size());
        assertArrayEquals(first, service.pdf(r, content, "https://a.example"));
        assertEquals(1, cached().size(), "served from the cache");
        assertArrayEquals(first, Files.readAllBytes(cached().get(0)));
        byte[] elsewhere = service.pdf(r, content, "https://b.example");
        assertTrue(!java.util.Arrays.equals(first, elsewhere), "the QR code differs");
        assertEquals(2, cached().size(), "a different address (in the QR code) is different content");
        assertTrue(cached().stream().allMatch(p -> p.toString().endsWith(".pdf")), "no temporary file left");
        byte[] zip = service.zip(r, content, "https://a.example");
        assertTrue(zip.length > first.length);
    }
}
