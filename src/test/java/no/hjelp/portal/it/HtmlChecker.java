package no.hjelp.portal.it;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker, in process and offline: errors only (warnings and info are ignored). */
final class HtmlChecker {

    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();

    HtmlChecker() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
    }

    /** @return the errors in this page, empty when it is valid */
    synchronized List<String> check(String html) throws Exception {
        errors.clear();
        InputSource in = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        in.setEncoding("UTF-8");
        validator.checkHtmlInputSource(in);
        return new ArrayList<>(errors);
    }
}
