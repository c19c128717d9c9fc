package no.hjelp.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import no.hjelp.portal.content.Contact;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentChanged;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.MarkdownRenderer;
import no.hjelp.portal.content.TopicText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The full-text index of topics and contacts, in memory, rebuilt from the content whenever it
 * changes. Each language's text goes into fields named {@code <field>_<lang>} and is analyzed with
 * that language's chain ({@link LanguageAnalyzers}), at index and at query time.
 *
 * <p>Queries are built from analyzed terms, never parsed, so no input is Lucene syntax. Each term
 * is looked for in title, keywords, summary, contact names and body (in falling weight), and also
 * fuzzily when it is long enough for a typo to be likely.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final String[] FIELDS = {"title", "keywords", "names", "summary", "body"};
    private static final float[] BOOSTS = {4f, 3f, 3f, 2f, 1f};
    /** The languages searched when nothing matches in the reader's own. */
    static final List<String> FALLBACK = List.of("en", "nb");

    private volatile Snapshot snapshot;

    /** At most this many distinct terms of what a reader typed are searched (the rest adds little). */
    static final int MAX_TERMS = 8;
    /** At most this many of them are also searched fuzzily (fuzzy terms are the costly part). */
    static final int MAX_FUZZY = 4;
    /**
     * Searches running at once; more wait up to {@link #WAIT_MS}, then get {@link Busy}: a crowd
     * of searches must not starve the pages (a reader who needs a phone number gets it).
     */
    private final java.util.concurrent.Semaphore running =
            new java.util.concurrent.Semaphore(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
    static final long WAIT_MS = 3000;

    /** Thrown when too many searches run at once; the web layer answers 503 with Retry-After. */
    public static final class Busy extends RuntimeException {
        public Busy() {
            super("search is busy", null, false, false);
        }
    }

    private record Snapshot(Content content, ByteBuffersDirectory dir, DirectoryReader reader, IndexSearcher searcher,
                            Stats stats) {
    }

    /** A topic file's path: topics/<id>/<lang>.md. */
    private static final java.util.regex.Pattern TOPIC_FILE = java.util.regex.Pattern.compile("topics/([a-z0-9-]+)/([a-z]{2,3})\\.md");

    /** What the last build made: documents, bytes in memory, milliseconds. */
    public record Stats(int documents, long bytes, long millis) {
    }

    /** The analyzer for a field: the language is the part after the last underscore. */
    static final Analyzer PER_FIELD = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            int i = fieldName.lastIndexOf('_');
            return LanguageAnalyzers.forLanguage(i < 0 ? "und" : fieldName.substring(i + 1));
        }
    };

    void onContent(@Observes ContentChanged event) {
        List<String> files = event.files();
        if (snapshot != null && files != null && !files.isEmpty()
                && files.stream().allMatch(f -> TOPIC_FILE.matcher(f).matches())) {
            update(event.content(), files);
        } else {
            rebuild(event.content());
        }
    }

    /**
     * Re-indexes only the topic texts in {@code files} (an editor published a few texts): their
     * documents are replaced in the index in use and a new reader is swapped in, in milliseconds
     * instead of a full rebuild. Contacts and facts appear inside every text, so they rebuild all.
     */
    synchronized void update(Content content, List<String> files) {
        long start = System.nanoTime();
        Snapshot old = snapshot;
        MarkdownRenderer markdown = new MarkdownRenderer();
        try (IndexWriter writer = new IndexWriter(old.dir(), new IndexWriterConfig(PER_FIELD)
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            for (String f : files) {
                java.util.regex.Matcher m = TOPIC_FILE.matcher(f);
                if (!m.matches()) {
                    continue;
                }
                writer.deleteDocuments(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("kind", "topic")), Occur.FILTER)
                        .add(new TermQuery(new Term("id", m.group(1))), Occur.FILTER)
                        .add(new TermQuery(new Term("lang", m.group(2))), Occur.FILTER).build());
                TopicText t = content.text(m.group(1), m.group(2)).orElse(null);
                Language lang = content.language(m.group(2)).orElse(null);
                if (t != null && lang != null) {
                    writer.addDocument(topicDocument(t, lang, content, markdown));
                }
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.openIfChanged(old.reader());
            if (reader == null) {
                reader = old.reader();
            }
            Stats stats = new Stats(reader.numDocs(), old.stats().bytes(), (System.nanoTime() - start) / 1_000_000);
            snapshot = new Snapshot(content, old.dir(), reader, new IndexSearcher(reader), stats);
            LOG.info("Search index updated for " + files.size() + " texts: " + stats);
            if (reader != old.reader()) {
                old.reader().decRef();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    private static Document topicDocument(TopicText t, Language lang, Content content, MarkdownRenderer markdown) {
        Document doc = new Document();
        String l = lang.code();
        doc.add(new StringField("kind", "topic", Field.Store.YES));
        doc.add(new StringField("id", t.topic(), Field.Store.YES));
        doc.add(new StringField("lang", l, Field.Store.YES));
        doc.add(new TextField("title_" + l, t.title(), Field.Store.YES));
        doc.add(new TextField("summary_" + l, t.summary(), Field.Store.YES));
        doc.add(new TextField("keywords_" + l, String.join(" ; ", t.keywords()), Field.Store.NO));
        doc.add(new TextField("body_" + l, markdown.text(t, lang, content), Field.Store.YES));
        return doc;
    }

    /** Builds a new index from the content and swaps it in; searches in flight finish on the old one. */
    public synchronized void rebuild(Content content) {
        long start = System.nanoTime();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        MarkdownRenderer markdown = new MarkdownRenderer();
        int docs = 0;
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(PER_FIELD))) {
            for (String id : content.topicIds()) {
                for (Language lang : content.languages()) {
                    TopicText t = content.text(id, lang.code()).orElse(null);
                    if (t == null) {
                        continue;
                    }
                    writer.addDocument(topicDocument(t, lang, content, markdown));
                    docs++;
                }
            }
            for (Contact c : content.contacts()) {
                for (Language lang : content.languages()) {
                    String l = lang.code();
                    Document doc = new Document();
                    doc.add(new StringField("kind", "contact", Field.Store.YES));
                    doc.add(new StringField("id", c.id(), Field.Store.YES));
                    doc.add(new StringField("lang", l, Field.Store.YES));
                    doc.add(new TextField("title_" + l, c.nameIn(l), Field.Store.YES));
                    doc.add(new TextField("names_" + l, c.nameIn(l) + " ; " + (c.official() == null ? "" : c.official()),
                            Field.Store.NO));
                    if (c.describedIn(l)) {
                        doc.add(new TextField("body_" + l, c.descriptionIn(l), Field.Store.YES));
                    }
                    writer.addDocument(doc);
                    docs++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the search index", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(dir);
            Snapshot old = snapshot;
            long bytes = 0;
            for (String file : dir.listAll()) {
                bytes += dir.fileLength(file);
            }
            Stats stats = new Stats(docs, bytes, (System.nanoTime() - start) / 1_000_000);
            snapshot = new Snapshot(content, dir, reader, new IndexSearcher(reader), stats);
            LOG.info("Search index built: " + stats);
            if (old != null) {
                old.reader().decRef();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    /** Figures of the index in use, or null before the first build. */
    public Stats stats() {
        Snapshot s = snapshot;
        return s == null ? null : s.stats();
    }

    /** True once the first index is built. */
    public boolean isReady() {
        return snapshot != null;
    }

    /**
     * Searches the reader's language; if nothing matches, English and Norwegian (labelled by
     * {@link SearchResults#fallback()} and each hit's language).
     *
     * @param raw   what the reader typed; cleaned and capped by {@link QueryText}
     * @param limit the most hits to return (1–50)
     */
    public SearchResults search(String lang, String raw, int limit) {
        String query = QueryText.clean(raw);
        Snapshot s = acquire();
        if (query.isEmpty() || s == null) {
            release(s);
            return SearchResults.empty(query, lang);
        }
        boolean admitted = false;
        try {
            admitted = running.tryAcquire(WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (!admitted) {
                throw new Busy();
            }
            return search(s, lang, query, limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        } finally {
            if (admitted) {
                running.release();
            }
            release(s);
        }
    }

    /** The snapshot in use, its reader held open until {@link #release}: a swap never closes it under a search. */
    private Snapshot acquire() {
        while (true) {
            Snapshot s = snapshot;
            if (s == null || s.reader().tryIncRef()) {
                return s;
            }
        }
    }

    private static void release(Snapshot s) {
        if (s != null) {
            try {
                s.reader().decRef();
            } catch (IOException e) {
                LOG.warning("Cannot release an index reader: " + e.getMessage());
            }
        }
    }

    private SearchResults search(Snapshot s, String lang, String query, int limit) {
        int max = Math.max(1, Math.min(limit, 50));
        SearchResults own = searchIn(s, lang, query, max);
        if (own.total() > 0) {
            return own;
        }
        List<SearchHit> hits = new ArrayList<>();
        int total = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (String fb : FALLBACK) {
            if (fb.equals(lang) || s.content().language(fb).isEmpty()) {
                continue;
            }
            SearchResults r = searchIn(s, fb, query, max);
            total += r.total();
            for (SearchHit h : r.hits()) {
                if (hits.size() < max && seen.add(h.kind() + "/" + h.id())) {
                    hits.add(h);
                }
            }
        }
        return new SearchResults(query, lang, total, hits, !hits.isEmpty());
    }

    private SearchResults searchIn(Snapshot s, String lang, String query, int max) {
        Query q = buildQuery(lang, query);
        if (q == null) {
            return SearchResults.empty(query, lang);
        }
        try {
            TopDocs top = s.searcher().search(q, max);
            String[] snippets = highlight(s.searcher(), lang, highlightQuery(lang, query), top);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = s.searcher().storedFields().document(sd.doc);
                String kind = d.get("kind");
                String id = d.get("id");
                String snippet = snippets[i];
                if (snippet == null || snippet.isBlank()) {
                    String fallback = "topic".equals(kind) ? d.get("summary_" + lang) : d.get("body_" + lang);
                    snippet = fallback == null ? "" : no.hjelp.portal.content.Shortcodes.escape(fallback);
                }
                String url = "topic".equals(kind) ? "/" + lang + "/" + id : "/" + lang + "/contacts#" + id;
                hits.add(new SearchHit(kind, id, lang, d.get("title_" + lang), snippet, url));
            }
            return new SearchResults(query, lang, (int) Math.min(top.totalHits.value, Integer.MAX_VALUE), hits, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String[] highlight(IndexSearcher searcher, String lang, Query q, TopDocs top) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, PER_FIELD)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(20_000)
                // passages of about 160 characters around the match, also in Thai, which has no full stops
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        java.text.BreakIterator.getWordInstance(java.util.Locale.ROOT), 160, 0.3f))
                .build();
        return highlighter.highlight("body_" + lang, q, top, 1);
    }

    /** The distinct analyzed terms of what a reader typed, at most {@link #MAX_TERMS}. */
    private static List<String> terms(String lang, String text) {
        return new LinkedHashSet<>(LanguageAnalyzers.tokens(lang, text)).stream().limit(MAX_TERMS).toList();
    }

    /**
     * What the snippets mark: the exact terms and their synonyms in the body. Highlighting with the
     * search query would expand every fuzzy term again for every hit, which costs seconds on long
     * queries; a fuzzy match still finds the text, it is just not marked.
     */
    static Query highlightQuery(String lang, String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String term : terms(lang, text)) {
            b.add(new TermQuery(new Term("body_" + lang, term)), Occur.SHOULD);
            for (String synonym : Synonyms.of(lang, term)) {
                b.add(new TermQuery(new Term("body_" + lang, synonym)), Occur.SHOULD);
            }
        }
        return b.build();
    }

    /**
     * The query for what a reader typed: every analyzed term (at most {@link #MAX_TERMS}), in
     * every field, exact and (for the first {@link #MAX_FUZZY} terms of 5 letters or more) fuzzy;
     * phrases rank higher. Null when nothing searchable remains.
     */
    static Query buildQuery(String lang, String text) {
        List<String> terms = terms(lang, text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int fuzzy = 0;
        for (String term : terms) {
            BooleanQuery.Builder perTerm = new BooleanQuery.Builder();
            int length = term.codePointCount(0, term.length());
            boolean fuzzyToo = length >= 5 && fuzzy++ < MAX_FUZZY;
            for (int f = 0; f < FIELDS.length; f++) {
                Term t = new Term(FIELDS[f] + "_" + lang, term);
                perTerm.add(new BoostQuery(new TermQuery(t), BOOSTS[f]), Occur.SHOULD);
                if (fuzzyToo) {
                    int edits = length >= 8 ? 2 : 1;
                    perTerm.add(new BoostQuery(new FuzzyQuery(t, edits, 1, 20, true), BOOSTS[f] * 0.4f), Occur.SHOULD);
                }
                for (String synonym : Synonyms.of(lang, term)) {
                    perTerm.add(new BoostQuery(new TermQuery(new Term(FIELDS[f] + "_" + lang, synonym)), BOOSTS[f] * 0.6f),
                            Occur.SHOULD);
                }
            }
            all.add(perTerm.build(), Occur.SHOULD);
        }
        List<int[]> positions = new ArrayList<>();
        List<String> phraseTerms = LanguageAnalyzers.tokens(lang, text, positions);
        if (phraseTerms.size() > 1 && phraseTerms.size() <= MAX_TERMS) {
            for (String field : new String[] {"title", "body"}) {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
                for (int i = 0; i < phraseTerms.size(); i++) {
                    phrase.add(new Term(field + "_" + lang, phraseTerms.get(i)), positions.get(i)[0]);
                }
                all.add(new BoostQuery(phrase.build(), 2f), Occur.SHOULD);
            }
        }
        return all.build();
    }
}
