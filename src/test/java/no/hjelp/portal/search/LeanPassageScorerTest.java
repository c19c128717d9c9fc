package no.hjelp.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The lean scorer must rank snippet candidates exactly as Lucene's own does. */
class LeanPassageScorerTest {

    @Test
    void scoresEveryPassageAsLucenesScorerDoes() {
        Random random = new Random(42);
        PassageScorer lucene = new PassageScorer();
        LeanPassageScorer lean = new LeanPassageScorer();
        String[] words = {"advokat", "lege", "hjelp", "politi", "bolig"};
        for (int n = 0; n < 500; n++) {
            Passage p = new Passage();
            int start = random.nextInt(5000);
            p.setStartOffset(start);
            p.setEndOffset(start + 1000);
            int pos = start;
            int matches = random.nextInt(8);
            for (int i = 0; i < matches; i++) {
                String w = words[random.nextInt(words.length)];
                pos += 1 + random.nextInt(10);
                p.addMatch(pos, pos + w.length(), new BytesRef(w), 1 + random.nextInt(30));
                pos += w.length();
            }
            p.setEndOffset(Math.max(start + 100, pos) + random.nextInt(100));
            int contentLength = pos + 1000;
            assertEquals(lucene.score(p, contentLength), lean.score(p, contentLength), 1e-5f, "passage " + p);
        }
    }
}
