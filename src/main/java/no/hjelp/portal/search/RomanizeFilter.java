package no.hjelp.portal.search;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds a Latin-letter copy of each Cyrillic token at the same position, so that a reader who types
 * "pomoshch" on a Latin keyboard finds "помощь". ICU4J's BGN transliteration goes Cyrillic → Latin
 * well (the reverse does not), so the romanized copy is indexed and Latin queries meet it; the
 * prime marks it writes for soft and hard signs are dropped, as people do not type them.
 *
 * <p>Not thread-safe, like every token stream: one instance per analysis chain.
 */
final class RomanizeFilter extends TokenFilter {

    private final Transliterator transliterator;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.State pending;
    private String romanized;

    /** @param transliteratorId e.g. {@code Russian-Latin/BGN} */
    RomanizeFilter(TokenStream input, String transliteratorId) {
        super(input);
        this.transliterator = Transliterator.getInstance(transliteratorId);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            term.setEmpty().append(romanized);
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String original = term.toString();
        if (hasCyrillic(original)) {
            String latin = transliterator.transliterate(original).replaceAll("[ʹʺ'’ʼ]", "");
            if (!latin.equals(original)) {
                romanized = latin;
                pending = captureState();
            }
        }
        return true;
    }

    private static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
