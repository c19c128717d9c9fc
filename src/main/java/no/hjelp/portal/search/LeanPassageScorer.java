package no.hjelp.portal.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores a snippet candidate exactly as Lucene's {@link PassageScorer} does (BM25 over the
 * distinct words matched in it, favouring passages near the start), but without building a hash
 * table for each candidate: Lucene's allocated 32 KB per passage, and every hit has dozens of
 * candidate passages, which under load was a large share of all memory churn. A passage matches
 * a handful of words, so a linear look-up is cheaper.
 */
final class LeanPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] inDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] freqInDoc = new int[matches];
        int size = 0;
        for (int i = 0; i < matches; i++) {
            int at = 0;
            while (at < size && !distinct[at].bytesEquals(terms[i])) {
                at++;
            }
            if (at == size) {
                distinct[size] = terms[i];
                freqInDoc[size] = inDoc[i];
                size++;
            }
            inPassage[at]++;
        }
        float score = 0;
        for (int i = 0; i < size; i++) {
            score += tf(inPassage[i], passage.getLength()) * weight(contentLength, freqInDoc[i]);
        }
        return score * norm(passage.getStartOffset());
    }
}
