package no.hjelp.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.hjelp.portal.brochure.BrochureRenderer;
import no.hjelp.portal.brochure.BrochureRequest;
import no.hjelp.portal.brochure.BrochureService;
import no.hjelp.portal.brochure.Paper;
import no.hjelp.portal.content.Brochure;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;

/**
 * The brochure picker for embassy staff, {@code /{lang}/brochures?b=&in=&with=&paper=}: choose,
 * look at the pages (PNG previews), download. A plain GET form in a transient view.
 */
@Named
@RequestScoped
public class BrochuresPage {

    @Inject
    PublicPage page;

    @Inject
    BrochureService brochures;

    @Inject
    HttpServletRequest request;

    private BrochureRequest chosen;
    private int pages;
    private boolean failed;

    @PostConstruct
    void init() {
        chosen = fromParameters(request, page.getContent(), page.getLang());
        if (chosen != null) {
            try {
                pages = brochures.pages(chosen, page.getContent(), page.getBase());
            } catch (BrochureRenderer.RenderingFailed e) {
                failed = true;
            }
        }
    }

    /** The brochure the parameters ask for, or null when none (or an unknown one) is chosen. */
    static BrochureRequest fromParameters(HttpServletRequest request, Content content, Language fallback) {
        Brochure b = request.getParameter("b") == null ? null : content.brochures().get(request.getParameter("b"));
        if (b == null) {
            return null;
        }
        Language in = content.language(request.getParameter("in")).orElse(fallback);
        Language with = content.language(request.getParameter("with")).filter(l -> !l.code().equals(in.code())).orElse(null);
        Paper paper = Paper.parse(request.getParameter("paper"));
        return new BrochureRequest(b, in, with, paper == null ? Paper.A4 : paper);
    }

    public Collection<Brochure> getBrochures() {
        return page.getContent().brochures().values();
    }

    public BrochureRequest getChosen() {
        return chosen;
    }

    public boolean isFailed() {
        return failed;
    }

    public int getPages() {
        return pages;
    }

    public List<Integer> getPageNumbers() {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            out.add(i);
        }
        return out;
    }

    public List<Paper> getPapers() {
        return List.of(Paper.values());
    }

    /** The query string that says what was chosen, for file links. */
    public String getQuery() {
        return chosen == null ? "" : "paper=" + chosen.paper().id() + (chosen.second() == null ? "" : "&with=" + chosen.second().code());
    }

    public String getFileBase() {
        return chosen == null ? "" : "/" + chosen.lang().code() + "/brochures/" + chosen.brochure().id();
    }

    public boolean isSelected(Brochure b) {
        return chosen != null ? chosen.brochure().id().equals(b.id()) : b == getBrochures().iterator().next();
    }

    public String getIn() {
        return chosen == null ? page.getLang().code() : chosen.lang().code();
    }

    public String getWith() {
        return chosen == null || chosen.second() == null ? "" : chosen.second().code();
    }

    public String getPaper() {
        return chosen == null ? "a4" : chosen.paper().id();
    }
}
