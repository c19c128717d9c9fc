package no.hjelp.portal.search;

/**
 * What a reader typed, made safe to search with. Query text is never parsed as Lucene syntax:
 * quotes, {@code *}, brackets, {@code AND}, {@code ~} and backslashes are ordinary characters that
 * the analyzer drops or keeps as words. Control characters are removed and the text is capped.
 */
public final class QueryText {

    /** The longest query searched, in characters (code points); longer input is cut. */
    public static final int MAX_LENGTH = 200;

    private QueryText() {
    }

    /** @return the cleaned query: no control characters, single spaces, at most {@link #MAX_LENGTH} code points */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        int count = 0;
        boolean space = false;
        for (int i = 0; i < raw.length() && count < MAX_LENGTH; ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT && cp != 0x200C && cp != 0x200D) {
                space = b.length() > 0;
                continue;
            }
            if (Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED) {
                continue;
            }
            if (space) {
                b.append(' ');
                count++;
                space = false;
            }
            b.appendCodePoint(cp);
            count++;
        }
        return b.toString();
    }
}
