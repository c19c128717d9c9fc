package no.hjelp.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

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
    /** A misspelt word counts less than the word itself. */
    private static final float[] FUZZY_BOOSTS = {4f * 0.4f, 3f * 0.4f, 3f * 0.4f, 2f * 0.4f, 1f * 0.4f};
    /** The languages searched when nothing matches in the reader's own. */
    static final List<String> FALLBACK = List.of("en", "nb");

    private volatile Snapshot snapshot;

    /** At most this many distinct terms of what a reader typed are searched (the rest adds little). */
    static final int MAX_TERMS = 8;
    /** At most this many of them are also searched fuzzily (fuzzy terms are the costly part). */
    static final int MAX_FUZZY = 4;
    /**
     * Searches running at once; more wait up to {@link #WAIT_MS}, then get {@link Busy}: a crowd
     * of searches must not starve the pages (a reader who needs a phone number gets it). Fair: first
     * come, first served, so no reader waits much longer than the others.
     */
    private final java.util.concurrent.Semaphore running =
            new java.util.concurrent.Semaphore(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), true);
    static final long WAIT_MS = 3000;

    /** Thrown when too many searches run at once; the web layer answers 503 with Retry-After. */
    public static final class Busy extends RuntimeException {
        public Busy() {
            super("search is busy", null, false, false);
        }
    }

    /**
     * An index in use. What a hit shows (title, summary, the text snippets are cut from) is kept
     * beside it in {@code shown}, by {@link #key}, not stored in Lucene: reading stored documents
     * meant decompressing whole blocks of texts for every hit.
     */
    private record Snapshot(Content content, ByteBuffersDirectory dir, DirectoryReader reader, IndexSearcher searcher,
                            Stats stats, Map<String, Shown> shown) {
    }

    /** What a hit shows: its title, its summary (topics) and its plain text. */
    private record Shown(String title, String summary, String body) {
    }

    private static String key(String kind, String id, String lang) {
        return kind + "/" + id + "/" + lang;
    }

    /** A topic file's path: topics/<id>/<lang>.md. */
    private static final java.util.regex.Pattern TOPIC_FILE = java.util.regex.Pattern.compile("topics/([a-z0-9-]+)/([a-z]{2,3})\\.md");

    /** What the last build made: documents, bytes in memory, milliseconds. */
    public record Stats(int documents, long bytes, long millis) {
    }

    /**
     * The body: with offsets in the postings, so that the highlighter finds the matches there
     * instead of analysing every hit's whole text again for each search.
     */
    private static final org.apache.lucene.document.FieldType BODY;

    static {
        org.apache.lucene.document.FieldType body = new org.apache.lucene.document.FieldType(TextField.TYPE_NOT_STORED);
        body.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        body.freeze();
        BODY = body;
    }

    /**
     * The index lives in memory, each file as one buffer: with the default (a file in many small
     * buffers) every term lookup and every stored-document read copied the list of buffers, which
     * was most of a search's time.
     */
    private static ByteBuffersDirectory directory() {
        return new ByteBuffersDirectory(new org.apache.lucene.store.SingleInstanceLockFactory(),
                org.apache.lucene.store.ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    /**
     * A searcher without Lucene's query cache: every query here is new (built from what a reader
     * typed), so the cache only cost hashing each query and bookkeeping under a lock.
     */
    private static IndexSearcher searcher(DirectoryReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        return searcher;
    }

    private static String[] fields(String lang) {
        String[] out = new String[FIELDS.length];
        for (int f = 0; f < FIELDS.length; f++) {
            out[f] = FIELDS[f] + "_" + lang;
        }
        return out;
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
        Map<String, Shown> shown = new HashMap<>(old.shown());
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
                shown.remove(key("topic", m.group(1), m.group(2)));
                TopicText t = content.text(m.group(1), m.group(2)).orElse(null);
                Language lang = content.language(m.group(2)).orElse(null);
                if (t != null && lang != null) {
                    writer.addDocument(topicDocument(t, lang, content, markdown, shown));
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
            snapshot = new Snapshot(content, old.dir(), reader, searcher(reader), stats, Map.copyOf(shown));
            LOG.info("Search index updated for " + files.size() + " texts: " + stats);
            if (reader != old.reader()) {
                old.reader().decRef();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    /** A document's kind, id and language: searchable, and as doc values to tell a hit apart. */
    private static Document document(String kind, String id, String lang) {
        Document doc = new Document();
        for (String[] f : new String[][] {{"kind", kind}, {"id", id}, {"lang", lang}}) {
            doc.add(new StringField(f[0], f[1], Field.Store.NO));
            doc.add(new SortedDocValuesField(f[0], new BytesRef(f[1])));
        }
        return doc;
    }

    private static Document topicDocument(TopicText t, Language lang, Content content, MarkdownRenderer markdown,
                                          Map<String, Shown> shown) {
        String l = lang.code();
        Document doc = document("topic", t.topic(), l);
        String body = markdown.text(t, lang, content);
        doc.add(new TextField("title_" + l, t.title(), Field.Store.NO));
        doc.add(new TextField("summary_" + l, t.summary(), Field.Store.NO));
        doc.add(new TextField("keywords_" + l, String.join(" ; ", t.keywords()), Field.Store.NO));
        doc.add(new Field("body_" + l, body, BODY));
        shown.put(key("topic", t.topic(), l), new Shown(t.title(), t.summary(), body));
        return doc;
    }

    /** Builds a new index from the content and swaps it in; searches in flight finish on the old one. */
    public synchronized void rebuild(Content content) {
        long start = System.nanoTime();
        ByteBuffersDirectory dir = directory();
        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<String, Shown> shown = new HashMap<>();
        int docs = 0;
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(PER_FIELD))) {
            for (String id : content.topicIds()) {
                for (Language lang : content.languages()) {
                    TopicText t = content.text(id, lang.code()).orElse(null);
                    if (t == null) {
                        continue;
                    }
                    writer.addDocument(topicDocument(t, lang, content, markdown, shown));
                    docs++;
                }
            }
            for (Contact c : content.contacts()) {
                for (Language lang : content.languages()) {
                    String l = lang.code();
                    Document doc = document("contact", c.id(), l);
                    doc.add(new TextField("title_" + l, c.nameIn(l), Field.Store.NO));
                    doc.add(new TextField("names_" + l, c.nameIn(l) + " ; " + (c.official() == null ? "" : c.official()),
                            Field.Store.NO));
                    String description = c.describedIn(l) ? c.descriptionIn(l) : "";
                    if (!description.isEmpty()) {
                        doc.add(new Field("body_" + l, description, BODY));
                    }
                    shown.put(key("contact", c.id(), l), new Shown(c.nameIn(l), "", description));
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
            snapshot = new Snapshot(content, dir, reader, searcher(reader), stats, Map.copyOf(shown));
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
            String[] snippets = highlight(s, lang, highlightQuery(lang, query), top);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                String kind = value(s.reader(), top.scoreDocs[i].doc, "kind");
                String id = value(s.reader(), top.scoreDocs[i].doc, "id");
                Shown shown = s.shown().get(key(kind, id, lang));
                String snippet = snippets[i];
                if (snippet == null || snippet.isBlank()) {
                    String fallback = "topic".equals(kind) ? shown.summary() : shown.body();
                    snippet = no.hjelp.portal.content.Shortcodes.escape(fallback);
                }
                String url = "topic".equals(kind) ? "/" + lang + "/" + id : "/" + lang + "/contacts#" + id;
                hits.add(new SearchHit(kind, id, lang, shown.title(), snippet, url));
            }
            return new SearchResults(query, lang, (int) Math.min(top.totalHits.value, Integer.MAX_VALUE), hits, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document's kind, id or language, from its doc values. */
    private static String value(IndexReader reader, int doc, String field) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
        if (!values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " has no " + field);
        }
        return values.lookupOrd(values.ordValue()).utf8ToString();
    }

    private String[] highlight(Snapshot s, String lang, Query q, TopDocs top) throws IOException {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(s.searcher(), PER_FIELD)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withScorer(new LeanPassageScorer())
                .withMaxLength(20_000)
                // passages of about 160 characters around the match, also in Thai, which has no full stops
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        java.text.BreakIterator.getWordInstance(java.util.Locale.ROOT), 160, 0.3f));
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            /** The texts come from memory (see {@link Snapshot}), not from stored fields. */
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> out = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Shown shown = s.shown().get(key(value(s.reader(), doc, "kind"), value(s.reader(), doc, "id"), lang));
                    CharSequence[] values = new CharSequence[fields.length];
                    java.util.Arrays.fill(values, shown == null ? "" : shown.body());
                    out.add(values);
                }
                return out;
            }
        };
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
            if (fuzzyToo) {
                perTerm.add(new FuzzyFields(term, fields(lang), FUZZY_BOOSTS, length >= 8 ? 2 : 1, 20), Occur.SHOULD);
            }
            for (int f = 0; f < FIELDS.length; f++) {
                Term t = new Term(FIELDS[f] + "_" + lang, term);
                perTerm.add(new BoostQuery(new TermQuery(t), BOOSTS[f]), Occur.SHOULD);
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
