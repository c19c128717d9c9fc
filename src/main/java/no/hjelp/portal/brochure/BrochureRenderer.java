package no.hjelp.portal.brochure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import no.hjelp.portal.content.Content;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;

/**
 * Renders brochures to PDF with Apache FOP: fonts embedded as subsets, tagged PDF in PDF/UA-1
 * mode with the document language set. The FOP factory (fonts loaded once) is shared; it is
 * thread-safe. A glyph missing from every font is a rendering failure, not a box in print.
 */
public final class BrochureRenderer {

    /** Thrown when a brochure cannot be rendered; nothing half-written is kept. */
    public static final class RenderingFailed extends RuntimeException {
        RenderingFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final FopFactory fop;

    public BrochureRenderer() {
        StringBuilder conf = new StringBuilder("<fop version=\"1.0\"><accessibility>true</accessibility>")
                .append("<renderers><renderer mime=\"application/pdf\"><pdf-ua-mode>PDF/UA-1</pdf-ua-mode><fonts>");
        for (Map.Entry<String, List<String>> f : BrochureFonts.FILES.entrySet()) {
            for (int i = 0; i < f.getValue().size(); i++) {
                conf.append("<font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"").append(fontUrl(f.getValue().get(i)))
                        .append("\"><font-triplet name=\"").append(f.getKey()).append("\" style=\"normal\" weight=\"")
                        .append(i == 0 ? "normal" : "bold").append("\"/></font>");
                if (f.getValue().size() == 1) {
                    // one file for both weights: FOP prints bold text in the regular face rather than fail
                    conf.append("<font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"").append(fontUrl(f.getValue().get(0)))
                            .append("\"><font-triplet name=\"").append(f.getKey()).append("\" style=\"normal\" weight=\"bold\"/></font>");
                }
            }
        }
        conf.append("</fonts></renderer></renderers></fop>");
        try {
            URL base = BrochureRenderer.class.getClassLoader().getResource("fonts/OFL.txt");
            fop = new FopConfParser(new ByteArrayInputStream(conf.toString().getBytes(StandardCharsets.UTF_8)), base.toURI())
                    .getFopFactoryBuilder().build();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up FOP with the brochure fonts", e);
        }
    }

    private static String fontUrl(String file) {
        URL url = BrochureRenderer.class.getClassLoader().getResource("fonts/" + file);
        if (url == null) {
            throw new IllegalStateException("Missing font fonts/" + file);
        }
        try {
            return url.toURI().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param base the site's address, printed and in the QR code
     * @return the PDF
     * @throws RenderingFailed when FOP fails or a character has no glyph in any font
     */
    public byte[] pdf(BrochureRequest request, Content content, String base) {
        String url = BrochureDocument.onlineUrl(base, request);
        String fo = new BrochureDocument(request, content, base, QrCode.svg(url)).build();
        return render(fo);
    }

    byte[] render(String fo) {
        List<String> missing = new ArrayList<>();
        try {
            FOUserAgent agent = fop.newFOUserAgent();
            agent.setAccessibility(true);
            agent.getEventBroadcaster().addEventListener(event -> {
                if (event.getEventID().contains("glyphNotAvailable")) {
                    missing.add(String.valueOf(event.getParams()));
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            Fop f = fop.newFop(MimeConstants.MIME_PDF, agent, out);
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.transform(new StreamSource(new StringReader(fo)), new SAXResult(f.getDefaultHandler()));
            if (!missing.isEmpty()) {
                throw new RenderingFailed("Characters without a glyph in any brochure font: " + missing, null);
            }
            return out.toByteArray();
        } catch (RenderingFailed e) {
            throw e;
        } catch (Exception e) {
            throw new RenderingFailed("FOP could not render the brochure: " + e.getMessage(), e);
        }
    }
}
