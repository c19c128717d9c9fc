package no.hjelp.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
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
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** One fuzzy look-up over several fields finds the same texts as one Lucene FuzzyQuery per field. */
class FuzzyFieldsTest {

    private static final String[] FIELDS = {"title", "body"};

    @Test
    void findsWhatAFuzzyQueryPerFieldFinds() throws IOException {
        String[][] texts = {
            {"Free legal aid", "A lawyer helps you for free with the police and the court."},
            {"Health care", "A doctor at the emergency clinic sees you without papers."},
            {"Safe place", "Shelters give you a bed and food; the lawyers there know the rules."},
            {"Going home", "Help to travel back home safely, with a doctor's note if needed."},
            {"Compensation", "Victims can apply for compensation from the state."},
        };
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int i = 0; i < texts.length; i++) {
                    Document d = new Document();
                    d.add(new StringField("n", String.valueOf(i), Field.Store.YES));
                    d.add(new TextField("title", texts[i][0], Field.Store.NO));
                    d.add(new TextField("body", texts[i][1], Field.Store.NO));
                    w.addDocument(d);
                    if (i == 2) {
                        w.commit(); // two segments: the terms of both are searched
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertTrue(reader.leaves().size() > 1);
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String word : new String[] {"lawer", "laywer", "doctr", "docter", "compensaton", "shelterz", "helth",
                        "polise", "xyzzy", "emergancy"}) {
                    int edits = word.length() >= 8 ? 2 : 1;
                    BooleanQuery.Builder perField = new BooleanQuery.Builder();
                    for (String f : FIELDS) {
                        perField.add(new FuzzyQuery(new Term(f, word), edits, 1, 50, true), Occur.SHOULD);
                    }
                    Set<String> expected = found(searcher, perField.build());
                    Set<String> actual = found(searcher, new FuzzyFields(word, FIELDS, new float[] {2f, 1f}, edits, 50));
                    assertEquals(expected, actual, word);
                }
                assertFalse(found(searcher, new FuzzyFields("lawer", FIELDS, new float[] {2f, 1f}, 1, 50)).isEmpty());
            }
        }
    }

    @Test
    void theTitleWeighsMoreThanTheBody() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (String[] t : new String[][] {{"0", "other", "lawyer"}, {"1", "lawyer", "other"}}) {
                    Document d = new Document();
                    d.add(new StringField("n", t[0], Field.Store.YES));
                    d.add(new TextField("title", t[1], Field.Store.NO));
                    d.add(new TextField("body", t[2], Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ScoreDoc[] hits = searcher.search(new FuzzyFields("lawer", FIELDS, new float[] {4f, 1f}, 1, 20), 2).scoreDocs;
                assertEquals(2, hits.length);
                assertEquals("1", searcher.storedFields().document(hits[0].doc).get("n"), "the title match first");
                assertTrue(new FuzzyFields("lawer", FIELDS, new float[] {4f, 1f}, 1, 20).toString().contains("title:lawer~1"));
            }
        }
    }

    private static Set<String> found(IndexSearcher searcher, Query q) throws IOException {
        Set<String> out = new TreeSet<>();
        for (ScoreDoc sd : searcher.search(q, 100).scoreDocs) {
            out.add(searcher.storedFields().document(sd.doc).get("n"));
        }
        return out;
    }
}
