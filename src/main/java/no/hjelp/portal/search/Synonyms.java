package no.hjelp.portal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lay words that mean the same to a reader ("doctor, health care, clinic"), per language, from
 * {@code search/synonyms/<lang>.txt} (one comma-separated group per line, Solr style, # comments).
 * Each word is analyzed with the language's own chain, so the groups meet the index in its form;
 * a query term then also looks for the other words of its groups (at a lower weight).
 */
public final class Synonyms {

    private static final Map<String, Map<String, Set<String>>> CACHE = new ConcurrentHashMap<>();

    private Synonyms() {
    }

    /** The analyzed terms that share a group with this analyzed term (never the term itself). */
    public static Set<String> of(String lang, String term) {
        return CACHE.computeIfAbsent(lang, Synonyms::load).getOrDefault(term, Collections.emptySet());
    }

    private static Map<String, Set<String>> load(String lang) {
        Map<String, Set<String>> map = new HashMap<>();
        try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream("search/synonyms/" + lang + ".txt")) {
            if (in == null) {
                return map;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Set<String> group = new LinkedHashSet<>();
                for (String word : line.split(",")) {
                    List<String> tokens = LanguageAnalyzers.tokens(lang, word.strip());
                    group.addAll(tokens);
                }
                for (String t : group) {
                    Set<String> others = map.computeIfAbsent(t, k -> new LinkedHashSet<>());
                    for (String o : group) {
                        if (!o.equals(t)) {
                            others.add(o);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read search/synonyms/" + lang + ".txt", e);
        }
        return map;
    }
}
