package no.hjelp.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * One word a reader may have misspelt, looked for in several fields at once: the words of each
 * field within {@code maxEdits} edits (the first letter kept, a swap of two letters is one edit),
 * at most {@code maxExpansions} per field, the closest first, each weighted by how close it is
 * and the field by its boost.
 *
 * <p>It finds what one {@link FuzzyQuery} per field finds, but builds the Levenshtein automata
 * once for the word instead of once per field: building them was most of a search's time.
 */
final class FuzzyFields extends Query {

    private static final int PREFIX = 1;

    private final String text;
    private final String[] fields;
    private final float[] boosts;
    private final int maxEdits;
    private final int maxExpansions;

    FuzzyFields(String text, String[] fields, float[] boosts, int maxEdits, int maxExpansions) {
        if (fields.length != boosts.length) {
            throw new IllegalArgumentException("one boost per field");
        }
        if (maxEdits < 1 || maxEdits > 2) {
            throw new IllegalArgumentException("maxEdits must be 1 or 2");
        }
        this.text = Objects.requireNonNull(text);
        this.fields = fields.clone();
        this.boosts = boosts.clone();
        this.maxEdits = maxEdits;
        this.maxExpansions = maxExpansions;
    }

    private record Match(BytesRef term, float similarity) {
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        int length = text.codePointCount(0, text.length());
        if (length <= PREFIX) {
            return new MatchNoDocsQuery("too short to look for misspellings");
        }
        // level k accepts the words within k edits; the widest one finds them, the others tell how far each is
        CompiledAutomaton[] levels = new CompiledAutomaton[maxEdits + 1];
        for (int k = 0; k <= maxEdits; k++) {
            levels[k] = FuzzyQuery.getFuzzyAutomaton(text, k, PREFIX, true);
        }
        IndexReader reader = searcher.getIndexReader();
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        int clauses = 0;
        for (int f = 0; f < fields.length; f++) {
            Terms terms = MultiTerms.getTerms(reader, fields[f]);
            if (terms == null) {
                continue;
            }
            List<Match> matches = new ArrayList<>();
            TermsEnum te = levels[maxEdits].getTermsEnum(terms);
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                int edits = maxEdits;
                for (int k = 0; k < maxEdits; k++) {
                    if (levels[k].runAutomaton.run(t.bytes, t.offset, t.length)) {
                        edits = k;
                        break;
                    }
                }
                int candidateLength = UnicodeUtil.codePointCount(t);
                float similarity = 1f - (float) edits / Math.min(candidateLength, length);
                if (similarity > 0f) {
                    matches.add(new Match(BytesRef.deepCopyOf(t), similarity));
                }
            }
            if (matches.isEmpty()) {
                continue;
            }
            matches.sort(Comparator.comparing(Match::similarity).reversed());
            SynonymQuery.Builder words = new SynonymQuery.Builder(fields[f]);
            for (Match m : matches.subList(0, Math.min(maxExpansions, matches.size()))) {
                words.addTerm(m.term(), m.similarity());
            }
            out.add(new BoostQuery(words.build(), boosts[f]), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? new MatchNoDocsQuery("no word near " + fields.length + " fields") : out.build();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        for (String field : fields) {
            if (visitor.acceptField(field)) {
                visitor.visitLeaf(this);
                return;
            }
        }
    }

    @Override
    public String toString(String field) {
        StringBuilder b = new StringBuilder("(");
        for (int f = 0; f < fields.length; f++) {
            b.append(f == 0 ? "" : " ").append(fields[f]).append(':').append(text).append('~').append(maxEdits)
                    .append('^').append(boosts[f]);
        }
        return b.append(')').toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && text.equals(((FuzzyFields) other).text)
                && Arrays.equals(fields, ((FuzzyFields) other).fields)
                && Arrays.equals(boosts, ((FuzzyFields) other).boosts)
                && maxEdits == ((FuzzyFields) other).maxEdits
                && maxExpansions == ((FuzzyFields) other).maxExpansions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), text, Arrays.hashCode(fields), Arrays.hashCode(boosts), maxEdits, maxExpansions);
    }
}
