import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For deploy/bench/run.sh only, never deployed with the portal: the least work a servlet on Payara
 * Micro can do for a page — the saved topic page's bytes from memory, no filter, no security, no
 * CDI. Its req/s is the ceiling of the stack itself, against which the portal's own cost is seen.
 */
@WebServlet(urlPatterns = "/*", loadOnStartup = 1)
public class FloorServlet extends HttpServlet {

    private byte[] page;

    @Override
    public void init() throws ServletException {
        try {
            page = Files.readAllBytes(Path.of(System.getProperty("floor.page")));
        } catch (IOException e) {
            throw new ServletException("floor.page not readable", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
