package no.hjelp.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.hjelp.portal.i18n.Messages;
import no.hjelp.portal.i18n.MessagesMap;

/** UI strings for Facelets: {@code #{msg['home.title']}} in the reader's language. */
@Named("msg")
@RequestScoped
public class Msg extends MessagesMap {

    @Inject
    PublicPage page;

    @Override
    protected Messages messages() {
        return page.getMessages();
    }
}
