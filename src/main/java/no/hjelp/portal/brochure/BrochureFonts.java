package no.hjelp.portal.brochure;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;

/**
 * The fonts shipped for brochures (src/main/resources/fonts, OFL) and which one a language's
 * script puts first. FOP picks, character by character, the first font in the list that has the
 * glyph, so a Latin phone number inside Arabic text still prints.
 */
final class BrochureFonts {

    /** FOP family name → the regular and bold files. */
    static final Map<String, List<String>> FILES = Map.of(
            "NotoSans", List.of("NotoSans_400Regular.ttf", "NotoSans_700Bold.ttf"),
            "NotoNaskhArabic", List.of("NotoNaskhArabic_400Regular.ttf", "NotoNaskhArabic_700Bold.ttf"),
            "NotoSansThai", List.of("NotoSansThai_400Regular.ttf", "NotoSansThai_700Bold.ttf"),
            "NotoSansEthiopic", List.of("NotoSansEthiopic_400Regular.ttf", "NotoSansEthiopic_700Bold.ttf"),
            // regular only, subset (deploy/fonts/subset-chinese.sh): FOP uses it for bold text too
            "NotoSansSC", List.of("NotoSansSC_400Regular.subset.ttf"));

    /** The fallback order after a language's own font. */
    private static final List<String> ORDER = List.of("NotoSans", "NotoNaskhArabic", "NotoSansThai", "NotoSansEthiopic",
            "NotoSansSC");

    private static final Map<Integer, String> BY_SCRIPT = Map.of(
            UScript.ARABIC, "NotoNaskhArabic",
            UScript.THAI, "NotoSansThai",
            UScript.ETHIOPIC, "NotoSansEthiopic",
            UScript.HAN, "NotoSansSC",
            UScript.SIMPLIFIED_HAN, "NotoSansSC");

    private BrochureFonts() {
    }

    /** The font-family list for text in this language: its script's font first. */
    static String familyFor(String tag) {
        int[] scripts = UScript.getCode(ULocale.forLanguageTag(tag));
        String first = scripts.length > 0 ? BY_SCRIPT.getOrDefault(scripts[0], "NotoSans") : "NotoSans";
        StringBuilder b = new StringBuilder(first);
        for (String f : ORDER) {
            if (!f.equals(first)) {
                b.append(',').append(f);
            }
        }
        return b.toString();
    }

    /** True for languages written in Thai script, which FOP cannot break into lines by itself. */
    static boolean needsWordBreaks(String tag) {
        int[] scripts = UScript.getCode(ULocale.forLanguageTag(tag));
        return scripts.length > 0 && scripts[0] == UScript.THAI;
    }
}
