package no.hjelp.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.internal.ContentLoader;
import org.junit.jupiter.api.Test;

/**
 * The search test set in src/test/resources/search/queries/<lang>.tsv: for every language the
 * portal has, at least 5 queries a reader might type, and the topic expected in the top 3.
 * Asserts recall@3 ≥ 0.9 per language and prints the misses, the index build time and size, and
 * search latency over the test queries (reported, not asserted).
 */
class SearchRecallTest {

    record Query(String text, String topic) {
    }

    static List<Query> queries(String lang) throws IOException {
        try (InputStream in = SearchRecallTest.class.getResourceAsStream("/search/queries/" + lang + ".tsv")) {
            if (in == null) {
                return List.of();
            }
            List<Query> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                out.add(new Query(parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""));
            }
            return out;
        }
    }

    @Test
    void recallAtThreeIsAtLeastNinetyPercentInEveryLanguage() throws IOException {
        Content content = new ContentLoader().load(Path.of(System.getProperty("portal.content.dir", "content")));
        SearchIndex index = new SearchIndex();
        index.rebuild(content);
        SearchIndex.Stats stats = index.stats();
        System.out.printf("Index: %d documents, %.1f MB, built in %d ms%n", stats.documents(), stats.bytes() / 1e6, stats.millis());
        List<String> failures = new ArrayList<>();
        List<Long> micros = new ArrayList<>();
        for (Language l : content.languages()) {
            List<Query> qs = queries(l.code());
            if (qs.size() < 5) {
                failures.add(l.code() + ": only " + qs.size() + " test queries in search/queries/" + l.code() + ".tsv (at least 5)");
                continue;
            }
            int found = 0;
            List<String> misses = new ArrayList<>();
            for (Query q : qs) {
                assertTrue(content.isTopic(q.topic()), l.code() + ": '" + q.topic() + "' is not a topic");
                long start = System.nanoTime();
                List<String> top = index.search(l.code(), q.text(), 3).hits().stream()
                        .filter(h -> h.kind().equals("topic")).map(SearchHit::id).toList();
                micros.add((System.nanoTime() - start) / 1000);
                if (top.contains(q.topic())) {
                    found++;
                } else {
                    misses.add("'" + q.text() + "' → " + top + " (expected " + q.topic() + ")");
                }
            }
            double recall = (double) found / qs.size();
            System.out.printf("%-3s recall@3 %.2f (%d/%d)%s%n", l.code(), recall, found, qs.size(),
                    misses.isEmpty() ? "" : "  misses: " + misses);
            if (recall < 0.9) {
                failures.add(l.code() + ": recall@3 " + recall + " < 0.9, misses " + misses);
            }
        }
        Collections.sort(micros);
        if (!micros.isEmpty()) {
            System.out.printf("Search latency over %d test queries: p50 %.2f ms, p99 %.2f ms%n", micros.size(),
                    micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.99)) / 1000.0);
        }
        assertEquals(List.of(), failures);
    }
}
