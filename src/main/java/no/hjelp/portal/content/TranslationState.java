package no.hjelp.portal.content;

/**
 * The state of one topic in one language, computed from the files, never stored.
 * A "minor" edit of the source does not raise its version, so it does not make translations outdated.
 */
public enum TranslationState {
    ORIGINAL, REVIEWED, MACHINE_DRAFTED, OUTDATED, MISSING;

    /** The value used in the API and in CSS classes: lower case, hyphenated. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * @param source      the text in the source language, or null if there is none
     * @param translation the text in the reader's language, or null if it is missing
     */
    public static TranslationState of(TopicText source, TopicText translation) {
        if (translation == null) {
            return MISSING;
        }
        if (translation.translation() == Translation.ORIGINAL) {
            return ORIGINAL;
        }
        if (source != null && source.version() != null && translation.sourceVersion() != null
                && source.version() > translation.sourceVersion()) {
            return OUTDATED;
        }
        return translation.translation() == Translation.REVIEWED ? REVIEWED : MACHINE_DRAFTED;
    }

    /**
     * The same rule for any translated text: {@code sourceVersion} is the original's version now,
     * {@code translatedFrom} the version the translation was made from.
     */
    public static TranslationState of(Integer sourceVersion, Translation translation, Integer translatedFrom) {
        if (translation == null) {
            return MISSING;
        }
        if (translation == Translation.ORIGINAL) {
            return ORIGINAL;
        }
        if (sourceVersion != null && translatedFrom != null && sourceVersion > translatedFrom) {
            return OUTDATED;
        }
        return translation == Translation.REVIEWED ? REVIEWED : MACHINE_DRAFTED;
    }

    /** True when the reader should be told that the text may be less reliable than the original. */
    public boolean needsNotice() {
        return this == MACHINE_DRAFTED || this == OUTDATED;
    }
}
