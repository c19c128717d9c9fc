package no.hjelp.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/** UI strings for Facelets: {@code #{msg['home.title']}} in the reader's language. */
@Named("msg")
@RequestScoped
public class Msg extends AbstractMap<String, String> {

    @Inject
    PublicPage page;

    @Override
    public String get(Object key) {
        return page.text(String.valueOf(key));
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
