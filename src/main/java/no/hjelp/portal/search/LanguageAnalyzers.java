package no.hjelp.portal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;

/**
 * One analyzer chain per language, registered in this one place. The same chain analyzes the
 * index and the query, so what a reader types meets the text in the same form.
 *
 * <p>Every chain ends in ICU folding: case, diacritics and tone marks are folded away, so
 * "rad" finds "råd" and a phone keyboard without accents still finds the text. Stemming runs
 * before folding, because the stemmers expect the real letters.
 *
 * <p>A language without its own chain gets ICU tokenizer + ICU folding (works for every script,
 * segments Thai, Lao, Khmer, Chinese). So adding a language needs no code change here.
 */
public final class LanguageAnalyzers {

    private static final Map<String, Supplier<Analyzer>> CHAINS = Map.ofEntries(
            Map.entry("nb", LanguageAnalyzers::norwegian),
            Map.entry("en", LanguageAnalyzers::english),
            Map.entry("ar", LanguageAnalyzers::arabic),
            Map.entry("th", LanguageAnalyzers::thai),
            // Lucene's own analyzer for the language, then romanization (Cyrillic) and ICU folding
            Map.entry("ru", () -> folded(new RussianAnalyzer(), "Russian-Latin/BGN")),
            Map.entry("uk", () -> folded(new UkrainianMorfologikAnalyzer(), "Ukrainian-Latin/BGN")),
            Map.entry("bg", () -> folded(new BulgarianAnalyzer(), "Bulgarian-Latin/BGN")),
            Map.entry("pl", () -> folded(new PolishAnalyzer(), null)),
            Map.entry("lt", () -> folded(new LithuanianAnalyzer(), null)),
            Map.entry("ro", () -> folded(new RomanianAnalyzer(), null)),
            Map.entry("es", () -> folded(new SpanishAnalyzer(), null)),
            Map.entry("fr", () -> folded(new FrenchAnalyzer(), null)),
            Map.entry("pt", () -> folded(new PortugueseAnalyzer(), null)),
            Map.entry("fa", () -> folded(new PersianAnalyzer(), null)),
            Map.entry("zh", () -> folded(new SmartChineseAnalyzer(), null)));

    private static final Map<String, Analyzer> CACHE = new ConcurrentHashMap<>();

    private LanguageAnalyzers() {
    }

    /** The analyzer for a language code; thread-safe and shared. */
    public static Analyzer forLanguage(String lang) {
        return CACHE.computeIfAbsent(lang, l -> CHAINS.getOrDefault(l, LanguageAnalyzers::icuDefault).get());
    }


    /**
     * Norwegian bokmål: standard tokenizer, lower case, Lucene's Norwegian stop words, compound
     * splitting with the parts in {@code search/nb-compound-parts.txt} ("legevakt" also indexes
     * "lege" and "vakt"), the light bokmål stemmer ("advokaten" → "advokat"), ICU folding.
     */
    static Analyzer norwegian() {
        // also the stop words as typed without æ, ø, å ("na" for "nå"), since readers type them so
        CharArraySet stop = withFoldedForms(NorwegianAnalyzer.getDefaultStopSet());
        CharArraySet parts = wordList("search/nb-compound-parts.txt");
        return chain(StandardTokenizer::new, ts -> {
            ts = new LowerCaseFilter(ts);
            ts = new StopFilter(ts, stop);
            ts = new DictionaryCompoundWordTokenFilter(ts, parts, 6, 3, 15, false);
            ts = new NorwegianLightStemFilter(ts);
            return new ICUFoldingFilter(ts);
        });
    }

    /** English: standard tokenizer, possessives, lower case, English stop words, Porter stemmer, ICU folding. */
    static Analyzer english() {
        CharArraySet stop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        return chain(StandardTokenizer::new, ts -> {
            ts = new EnglishPossessiveFilter(ts);
            ts = new LowerCaseFilter(ts);
            ts = new StopFilter(ts, stop);
            ts = new PorterStemFilter(ts);
            return new ICUFoldingFilter(ts);
        });
    }

    /**
     * Arabic: standard tokenizer, lower case (for Latin words), Arabic-Indic digits to ASCII,
     * Lucene's Arabic stop words, orthographic normalization (hamza forms, teh marbuta, harakat),
     * the light stemmer that removes the article "ال" and common affixes, ICU folding.
     */
    static Analyzer arabic() {
        CharArraySet stop = ArabicAnalyzer.getDefaultStopSet();
        return chain(StandardTokenizer::new, ts -> {
            ts = new LowerCaseFilter(ts);
            ts = new DecimalDigitFilter(ts);
            ts = new StopFilter(ts, stop);
            ts = new ArabicNormalizationFilter(ts);
            ts = new ArabicStemFilter(ts);
            return new ICUFoldingFilter(ts);
        });
    }

    /**
     * Thai: written without spaces between words, so the ICU tokenizer splits words with its
     * dictionary; Lucene's Thai stop words; ICU folding (which also removes tone marks, so a word
     * typed without them still matches).
     */
    static Analyzer thai() {
        CharArraySet stop = ThaiAnalyzer.getDefaultStopSet();
        return chain(ICUTokenizer::new, ts -> {
            ts = new LowerCaseFilter(ts);
            ts = new DecimalDigitFilter(ts);
            ts = new StopFilter(ts, stop);
            return new ICUFoldingFilter(ts);
        });
    }

    /**
     * Lucene's analyzer for a language (tokenizer, stop words, stemmer or lemmatizer), followed by
     * a Latin-letter copy of Cyrillic tokens (when {@code romanize} names an ICU transliterator)
     * and ICU folding, so diacritics and case never matter.
     */
    static Analyzer folded(Analyzer language, String romanize) {
        return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return language;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                TokenStream ts = components.getTokenStream();
                if (romanize != null) {
                    ts = new RomanizeFilter(ts, romanize);
                }
                return new TokenStreamComponents(components.getSource(), new ICUFoldingFilter(ts));
            }
        };
    }

    /** Any other language: ICU tokenizer (every script) and ICU folding. */
    static Analyzer icuDefault() {
        return chain(ICUTokenizer::new, ts -> new ICUFoldingFilter(new DecimalDigitFilter(ts)));
    }

    private interface Filters {
        TokenStream apply(TokenStream source);
    }

    private static Analyzer chain(Supplier<Tokenizer> tokenizer, Filters filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }

    /** The words plus their ICU-folded forms (diacritics removed). */
    static CharArraySet withFoldedForms(CharArraySet words) {
        CharArraySet out = new CharArraySet(words.size() * 2, true);
        com.ibm.icu.text.Normalizer2 fold = com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance();
        com.ibm.icu.text.Transliterator ascii = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII");
        for (Object w : words) {
            String word = w instanceof char[] c ? new String(c) : String.valueOf(w);
            out.add(word);
            out.add(ascii.transliterate(fold.normalize(word)));
        }
        return out;
    }

    static CharArraySet wordList(String resource) {
        List<String> words = new ArrayList<>();
        try (InputStream in = LanguageAnalyzers.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + resource);
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CharArraySet(words, true);
    }

    /** The tokens a text becomes in a language: for tests and for building queries. */
    public static List<String> tokens(String lang, String text) {
        return tokens(lang, text, null);
    }

    /**
     * The tokens a text becomes, keeping only the first token at each position when
     * {@code positions} is given (compound parts share their word's position); each kept token's
     * position is added to {@code positions}.
     */
    public static List<String> tokens(String lang, String text, List<int[]> positions) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = forLanguage(lang).tokenStream("body", text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var increment = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                int inc = increment.getPositionIncrement();
                position += inc;
                if (positions == null) {
                    out.add(term.toString());
                } else if (inc > 0) {
                    out.add(term.toString());
                    positions.add(new int[] {position});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
