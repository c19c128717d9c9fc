package no.hjelp.portal.i18n;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * UI strings as a map for Facelets ({@code #{msg['home.title']}}): every key "exists" and reads
 * the string from {@link #messages()}, with the usual fallback. Subclasses say which strings.
 */
public abstract class MessagesMap extends AbstractMap<String, String> {

    /** The strings this map reads. */
    protected abstract Messages messages();

    @Override
    public String get(Object key) {
        return messages().text(String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return Set.of();
    }
}
