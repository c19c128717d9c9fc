package no.hjelp.portal.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import no.hjelp.portal.content.Brochure;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.internal.ContentLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Brochures rendered with FOP and read back with PDFBox: page size, embedded fonts, the QR code
 * decoded from the rendered page, text where extraction is reliable, no missing glyphs anywhere
 * (the renderer fails on a glyph missing from every font). First pages are saved as PNG under
 * target/brochures/ for a person to look at; generation times and sizes are printed.
 */
class BrochureRendererTest {

    static Content content;
    static BrochureRenderer renderer;
    static final String BASE = "https://help.example";
    static final Path OUT = Path.of("target", "brochures");

    @BeforeAll
    static void setUp() throws Exception {
        content = new ContentLoader().load(Path.of(System.getProperty("portal.content.dir", "content")));
        long start = System.nanoTime();
        renderer = new BrochureRenderer();
        System.out.println("FOP factory with fonts: " + (System.nanoTime() - start) / 1_000_000 + " ms");
        Files.createDirectories(OUT);
    }

    private static BrochureRequest request(String id, String lang, String second, Paper paper) {
        Brochure b = content.brochures().get(id);
        Language l = content.language(lang).orElseThrow();
        return new BrochureRequest(b, l, second == null ? null : content.language(second).orElseThrow(), paper);
    }

    /**
     * The QR code on the first page, read as a phone camera would: from a rendered image. A code
     * that sits unluckily on the pixel grid at one resolution is tried at another, like moving
     * the phone a little.
     */
    private static String qr(PDDocument doc) throws Exception {
        com.google.zxing.NotFoundException last = null;
        for (int dpi : new int[] {200, 300, 150}) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
            try {
                return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(img))),
                        java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE,
                                com.google.zxing.DecodeHintType.POSSIBLE_FORMATS, List.of(com.google.zxing.BarcodeFormat.QR_CODE)))
                        .getText();
            } catch (com.google.zxing.NotFoundException e) {
                last = e;
            }
        }
        throw last;
    }

    @Test
    void everyBrochureInEveryLanguageOnBothPapers() throws Exception {
        List<String> report = new ArrayList<>();
        for (String id : content.brochures().keySet()) {
            for (Language l : content.languages()) {
                for (Paper paper : Paper.values()) {
                    BrochureRequest r = request(id, l.code(), null, paper);
                    long start = System.nanoTime();
                    byte[] pdf = renderer.pdf(r, content, BASE);
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    try (PDDocument doc = Loader.loadPDF(pdf)) {
                        PDPage first = doc.getPage(0);
                        float expectedWidth = paper == Paper.A4 ? 595.3f : 419.5f;
                        assertEquals(expectedWidth, first.getMediaBox().getWidth(), 1.0f, r.fileName("pdf"));
                        for (var fontName : first.getResources().getFontNames()) {
                            PDFont font = first.getResources().getFont(fontName);
                            assertTrue(font.isEmbedded(), r.fileName("pdf") + ": " + font.getName() + " not embedded");
                        }
                        assertEquals(BASE + "/" + l.code() + "/brochures/" + id, qr(doc), r.fileName("pdf"));
                        assertTrue(l.tag().equalsIgnoreCase(doc.getDocumentCatalog().getLanguage()), "document language (tags ignore case)");
                        assertTrue(doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo().isMarked(),
                                "tagged PDF");
                        report.add(String.format("%-40s %3d pages %4d KB %5d ms", r.fileName("pdf"), doc.getNumberOfPages(),
                                pdf.length / 1024, ms));
                        if (paper == Paper.A5) {
                            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 110), "png",
                                    OUT.resolve(id + "-" + l.code() + "-p1.png").toFile());
                        }
                    }
                }
            }
        }
        report.forEach(System.out::println);
    }

    @Test
    void latinTextCanBeExtractedAndHoldsTitlesAndTheRosaNumber() throws Exception {
        for (String lang : List.of("nb", "en")) {
            BrochureRequest r = request("victims", lang, null, Paper.A4);
            try (PDDocument doc = Loader.loadPDF(renderer.pdf(r, content, BASE))) {
                String text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
                for (String topic : r.brochure().topics()) {
                    String title = content.text(topic, lang).orElseThrow().title();
                    assertTrue(text.replaceAll("\\s+", " ").contains(title.replaceAll("\\s+", " ")), lang + " lacks " + title);
                }
                assertTrue(text.contains("22 33 11 60"), "ROSA's number");
            }
        }
    }

    @Test
    void sideBySideWithNorwegian() throws Exception {
        for (String lang : List.of("ar", "th", "en")) {
            BrochureRequest r = request("marriage-migrants", lang, "nb", Paper.A4);
            byte[] pdf = renderer.pdf(r, content, BASE);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(BASE + "/" + lang + "/brochures/marriage-migrants", qr(doc));
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains(content.text("marriage-migrants", "nb").orElseThrow().title().substring(0, 10)),
                        "the Norwegian column is there");
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 90), "png", OUT.resolve("side-by-side-" + lang + "-nb-p1.png").toFile());
            }
        }
    }

    private static String fo(String lang, String family, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\" xml:lang=\"" + lang + "\""
                + " font-family=\"" + family + "\"><fo:layout-master-set><fo:simple-page-master master-name=\"p\" page-width=\"148mm\""
                + " page-height=\"210mm\"><fo:region-body/></fo:simple-page-master></fo:layout-master-set>"
                + "<fo:declarations><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>t</dc:title></rdf:Description>"
                + "</rdf:RDF></x:xmpmeta></fo:declarations>"
                + "<fo:page-sequence master-reference=\"p\"><fo:flow flow-name=\"xsl-region-body\"><fo:block>" + text + "</fo:block>"
                + "</fo:flow></fo:page-sequence></fo:root>";
    }

    @Test
    void aCharacterNoFontHasFailsTheRenderingInsteadOfPrintingABox() {
        // Khmer: no font the portal ships has it
        BrochureRenderer.RenderingFailed e = org.junit.jupiter.api.Assertions.assertThrows(BrochureRenderer.RenderingFailed.class,
                () -> renderer.render(fo("km", "NotoSans", "សួស្តី")));
        assertTrue(e.getMessage().contains("without a glyph"), e.getMessage());
    }

    @Test
    void tigrinyaAndChineseHaveTheirFonts() throws Exception {
        for (String[] c : new String[][] {{"ti", "ሰላም ናብ ኖርወይ"}, {"zh", "免费法律援助和医疗帮助"}, {"fa", "کمک حقوقی رایگان"}}) {
            byte[] pdf = renderer.render(fo(c[0], BrochureFonts.familyFor(c[0]), c[1]));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(1, doc.getNumberOfPages(), c[0]);
            }
        }
    }

    @Test
    void thaiGetsBreakOpportunitiesBetweenWords() {
        Language th = content.language("th").orElseThrow();
        String broken = BrochureDocument.wordBreaks("การช่วยเหลือทางกฎหมาย", th);
        assertTrue(broken.contains("\u200B"), broken);
        assertEquals("การช่วยเหลือทางกฎหมาย", broken.replace("\u200B", ""));
        assertFalse(BrochureDocument.wordBreaks("ROSA 22 33", th).contains("\u200B"));
    }

    @Test
    void warmRenderingIsTimed() {
        BrochureRequest r = request("health", "ar", null, Paper.A5);
        renderer.pdf(r, content, BASE);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            renderer.pdf(r, content, BASE);
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("Warm rendering, health-ar-a5: " + best + " ms (best of 3; reported, not asserted)");
    }
}
