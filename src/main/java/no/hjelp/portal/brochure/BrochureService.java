package no.hjelp.portal.brochure;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.support.DataFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Brochures as files: PDFs cached on disk, keyed by a hash of everything that goes into them
 * (the FO document, which holds the texts, contacts, facts, dates and address), so any content
 * change makes a fresh file and an unchanged brochure is served from disk. Files are written to
 * a temporary name, flushed and renamed, so a half-written PDF is never served or cached.
 *
 * <p>Cache folder: {@code portal.data.dir} / {@code PORTAL_DATA_DIR} (default {@code ./data}),
 * subfolder {@code brochure-cache}.
 */
@ApplicationScoped
public class BrochureService {

    /** Raise when the layout changes, so that cached files made by the old layout are not served. */
    private static final String LAYOUT = "1";

    private volatile BrochureRenderer renderer;
    private volatile Path cache;

    private BrochureRenderer renderer() {
        if (renderer == null) {
            synchronized (this) {
                if (renderer == null) {
                    renderer = new BrochureRenderer();
                }
            }
        }
        return renderer;
    }

    private Path cache() throws IOException {
        if (cache == null) {
            Path p = DataFiles.dataDir().resolve("brochure-cache");
            Files.createDirectories(p);
            cache = p;
        }
        return cache;
    }

    /**
     * The PDF, from the cache or freshly rendered.
     *
     * @throws BrochureRenderer.RenderingFailed when it cannot be rendered
     */
    public byte[] pdf(BrochureRequest request, Content content, String base) {
        String fo = new BrochureDocument(request, content, base, QrCode.svg(BrochureDocument.onlineUrl(base, request))).build();
        String key = sha256(LAYOUT + "\n" + fo);
        try {
            Path file = cache().resolve(key + ".pdf");
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
            byte[] pdf = renderer().render(fo);
            DataFiles.writeAtomically(file, pdf);
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException("Brochure cache: " + e.getMessage(), e);
        }
    }

    /** One page of the brochure as a PNG, for the preview on the brochures page. */
    public byte[] previewPng(BrochureRequest request, Content content, String base, int page) {
        byte[] pdf = pdf(request, content, base);
        try {
            // previews are cached beside the PDF, keyed by the PDF's own bytes
            Path file = cache().resolve(sha256(pdf) + "-p" + page + ".png");
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                if (page < 1 || page > doc.getNumberOfPages()) {
                    return null;
                }
                BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(page - 1, 60);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(img, "png", out);
                DataFiles.writeAtomically(file, out.toByteArray());
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pages the brochure has. */
    public int pages(BrochureRequest request, Content content, String base) {
        try (PDDocument doc = Loader.loadPDF(pdf(request, content, base))) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The brochure in every language (single-language PDFs), as a ZIP. */
    public byte[] zip(BrochureRequest template, Content content, String base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Language l : content.languages()) {
                BrochureRequest r = new BrochureRequest(template.brochure(), l, null, template.paper());
                zip.putNextEntry(new ZipEntry(r.fileName("pdf")));
                zip.write(pdf(r, content, base));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }


    static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
