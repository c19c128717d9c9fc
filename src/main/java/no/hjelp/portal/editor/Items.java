package no.hjelp.portal.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.hjelp.portal.content.Contact;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.content.Fact;

/** The list of contacts and facts to edit. */
@Named("editor.items")
@RequestScoped
public class Items {

    @Inject
    ContentStore store;

    public List<Contact> getContacts() {
        return store.current().contacts();
    }

    public List<Fact> getFacts() {
        return List.copyOf(store.current().facts().values());
    }
}
