package no.hjelp.portal.it;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The base of every Arquillian IT: deploys the WAR that {@code mvn package} built (named ROOT.war
 * so Payara Micro serves it at {@code /}, as in production) and offers plain HTTP helpers.
 * The HTTP client keeps no cookies, like a reader who wants to leave no trace.
 */
public abstract class PortalDeployment {

    @ArquillianResource
    protected URL url;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File("target/portal.war"))
                .as(WebArchive.class);
    }

    /**
     * The server's address on loopback. Payara reports the machine's host name, but the server
     * listens on 127.0.0.1 only (target/preboot.txt), and tests talk to nothing else.
     */
    protected String base() {
        return "http://127.0.0.1:" + url.getPort();
    }

    protected HttpResponse<String> get(String path, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        }
    }

    protected HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        }
    }

    /** A raw HTTP/1.1 exchange, for request lines no well-behaved client would send. */
    protected RawResponse raw(byte[] requestLineTarget, String method) {
        try (Socket socket = new Socket("127.0.0.1", url.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " ").getBytes(StandardCharsets.US_ASCII));
            out.write(requestLineTarget);
            out.write((" HTTP/1.1\r\nHost: 127.0.0.1:" + url.getPort() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            String text = buf.toString(StandardCharsets.UTF_8);
            int status = text.length() >= 12 && text.startsWith("HTTP/") ? Integer.parseInt(text.substring(9, 12)) : -1;
            return new RawResponse(status, text);
        } catch (IOException e) {
            throw new AssertionError("raw request failed: " + e, e);
        }
    }

    /** Status and everything the server sent (headers and body). */
    protected record RawResponse(int status, String text) {
    }
}
