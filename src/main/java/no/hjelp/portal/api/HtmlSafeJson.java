package no.hjelp.portal.api;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@code <} and {@code >} in JSON answers as {@code \u003c} and {@code \u003e}, so that
 * an echoed query such as {@code <script>} never appears as markup, even if a browser were
 * tricked into reading the JSON as HTML. Safe at the byte level: in JSON these characters occur
 * only inside strings, and UTF-8 never uses their bytes inside other characters.
 */
@Provider
public class HtmlSafeJson implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        OutputStream original = context.getOutputStream();
        context.setOutputStream(new FilterOutputStream(original) {
            @Override
            public void write(int b) throws IOException {
                if (b == '<') {
                    out.write(ESCAPED_LT);
                } else if (b == '>') {
                    out.write(ESCAPED_GT);
                } else {
                    out.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int off, int len) throws IOException {
                int start = off;
                for (int i = off; i < off + len; i++) {
                    if (bytes[i] == '<' || bytes[i] == '>') {
                        out.write(bytes, start, i - start);
                        out.write(bytes[i] == '<' ? ESCAPED_LT : ESCAPED_GT);
                        start = i + 1;
                    }
                }
                out.write(bytes, start, off + len - start);
            }
        });
        context.proceed();
    }

    private static final byte[] ESCAPED_LT = "\\u003c".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ESCAPED_GT = "\\u003e".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
}
