package no.hjelp.portal.editor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.hjelp.portal.content.internal.ContentLoader;
import no.hjelp.portal.editor.internal.Yaml1;

/**
 * A contact as a form ({@code /editor/contact.xhtml?id=}): phone numbers with their confidence,
 * web address, opening hours, names and descriptions per language, and the date it was last
 * checked. Saved as the contact's entry in {@code contacts.yaml}; an unknown id starts a new contact.
 */
@Named("editor.contact")
@ViewScoped
public class ContactEditor extends ItemForm {

    private static final long serialVersionUID = 1L;
    static final Pattern PHONE = ContentLoader.PHONE;
    static final Pattern TIME = ContentLoader.TIME;
    static final Pattern DAYS = Pattern.compile("(MON|TUE|WED|THU|FRI|SAT|SUN)(-(MON|TUE|WED|THU|FRI|SAT|SUN))?(,(MON|TUE|WED|THU|FRI|SAT|SUN)(-(MON|TUE|WED|THU|FRI|SAT|SUN))?)*");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A phone row. */
    public static class PhoneRow implements java.io.Serializable {
        private String number = "";
        private String confidence = "high";

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number == null ? "" : number.strip();
        }

        public String getConfidence() {
            return confidence;
        }

        public void setConfidence(String confidence) {
            this.confidence = confidence == null ? "" : confidence.strip();
        }
    }

    /** An opening-hours row. */
    public static class HoursRow implements java.io.Serializable {
        private String days = "";
        private String from = "";
        private String to = "";

        public String getDays() {
            return days;
        }

        public void setDays(String days) {
            this.days = days == null ? "" : days.strip();
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from == null ? "" : from.strip();
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to == null ? "" : to.strip();
        }
    }

    private String id;
    private boolean found;
    private boolean isNew;
    private String official;
    private List<String> kinds = new ArrayList<>();
    private boolean emergency;
    private List<PhoneRow> phones = new ArrayList<>();
    private boolean open24h;
    private List<HoursRow> hours = new ArrayList<>();
    private String area;
    private String languages;
    private String free;
    private String anonymous;
    private String noLegalStayNeeded;
    private String web;
    private String email;
    private String verified;
    private String source;
    private List<LangText> names = new ArrayList<>();
    private List<LangText> descriptions = new ArrayList<>();

    public void load() throws IOException {
        found = id != null && ID.matcher(id).matches();
        openOr404(found);
    }

    @Override
    protected Item item() {
        return Item.contact(id);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void fill(String text) {
        Map<String, Object> m = Map.of();
        isNew = text == null;
        if (text != null) {
            Object o = Yaml1.load(text);
            if (o instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> first) {
                m = (Map<String, Object>) first;
            }
        }
        official = Yaml1.string(m.get("official"));
        kinds = new ArrayList<>(Yaml1.strings(m.get("kinds")));
        emergency = Yaml1.bool(m.get("emergency"));
        phones = new ArrayList<>();
        for (Object p : m.get("phones") instanceof List<?> l ? l : List.of()) {
            PhoneRow r = new PhoneRow();
            r.number = Yaml1.string(((Map<String, Object>) p).get("number"));
            r.confidence = Yaml1.string(((Map<String, Object>) p).get("confidence"));
            phones.add(r);
        }
        while (phones.size() < 3) {
            phones.add(new PhoneRow());
        }
        open24h = Yaml1.bool(m.get("open24h"));
        hours = new ArrayList<>();
        for (Object h : m.get("hours") instanceof List<?> l ? l : List.of()) {
            HoursRow r = new HoursRow();
            r.days = Yaml1.string(((Map<String, Object>) h).get("days"));
            r.from = Yaml1.string(((Map<String, Object>) h).get("from"));
            r.to = Yaml1.string(((Map<String, Object>) h).get("to"));
            hours.add(r);
        }
        while (hours.size() < 3) {
            hours.add(new HoursRow());
        }
        area = m.get("area") == null ? "national" : m.get("area").toString();
        languages = String.join(", ", Yaml1.strings(m.get("languages")));
        free = flag(m.get("free"));
        anonymous = flag(m.get("anonymous"));
        noLegalStayNeeded = flag(m.get("noLegalStayNeeded"));
        web = Yaml1.string(m.get("web"));
        email = Yaml1.string(m.get("email"));
        verified = m.get("verified") == null ? "" : String.valueOf(Yaml1.date(m.get("verified")));
        source = Yaml1.string(m.get("source"));
        names = perLanguage(m.get("name"));
        descriptions = perLanguage(m.get("description"));
    }

    private static String flag(Object o) {
        return o == null ? "" : o.toString();
    }

    @Override
    protected boolean validFields() {
        boolean ok = true;
        if (names.stream().noneMatch(n -> !n.isBlank() && (n.getLang().equals("nb") || n.getLang().equals("en")))) {
            Forms.error("edit:names", Forms.text("editor.contact.nameNeeded"));
            ok = false;
        }
        if (descriptions.stream().noneMatch(n -> !n.isBlank() && n.getLang().equals("nb"))) {
            Forms.error("edit:descriptions", Forms.text("editor.contact.descriptionNeeded"));
            ok = false;
        }
        if (kinds.isEmpty()) {
            Forms.error("edit:kinds", Forms.text("editor.contact.kindNeeded"));
            ok = false;
        }
        for (int i = 0; i < phones.size(); i++) {
            PhoneRow p = phones.get(i);
            if (!p.number.isBlank() && !PHONE.matcher(p.number.strip()).matches()) {
                Forms.error("edit:phone" + i, Forms.text("editor.contact.phoneFormat"));
                ok = false;
            }
            if (!p.number.isBlank() && !List.of("high", "medium").contains(p.confidence)) {
                Forms.error("edit:phone" + i, Forms.text("editor.contact.confidence"));
                ok = false;
            }
        }
        for (int i = 0; i < hours.size(); i++) {
            HoursRow h = hours.get(i);
            if (h.days.isBlank() && (h.from.isBlank() && h.to.isBlank())) {
                continue;
            }
            if (!DAYS.matcher(h.days.strip()).matches() || (!h.from.isBlank() && !TIME.matcher(h.from.strip()).matches())
                    || (!h.to.isBlank() && !TIME.matcher(h.to.strip()).matches())) {
                Forms.error("edit:hours" + i, Forms.text("editor.contact.hoursFormat"));
                ok = false;
            }
        }
        if (!web.isBlank() && !https(web.strip())) {
            Forms.error("edit:web", Forms.text("editor.contact.webFormat"));
            ok = false;
        }
        if (!email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            Forms.error("edit:email", Forms.text("editor.contact.emailFormat"));
            ok = false;
        }
        ok &= validDate(verified, "edit:verified");
        if (source.isBlank()) {
            Forms.error("edit:source", Forms.text("editor.field.required"));
            ok = false;
        }
        return ok;
    }

    static boolean validDate(String value, String clientId) {
        try {
            LocalDate d = LocalDate.parse(value == null ? "" : value.strip());
            if (d.isAfter(LocalDate.now())) {
                Forms.error(clientId, Forms.text("editor.field.future"));
                return false;
            }
            return true;
        } catch (DateTimeParseException e) {
            Forms.error(clientId, Forms.text("editor.field.date"));
            return false;
        }
    }

    private static boolean https(String url) {
        try {
            URI u = new URI(url);
            return "https".equals(u.getScheme()) && u.getHost() != null && u.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    protected String text() {
        StringBuilder b = new StringBuilder("  - id: ").append(id).append('\n');
        b.append("    name: {").append(flow(names)).append("}\n");
        if (!official.isBlank()) {
            b.append("    official: ").append(Yaml1.quote(official)).append('\n');
        }
        b.append("    kinds: [").append(String.join(", ", kinds)).append("]\n");
        if (emergency) {
            b.append("    emergency: true\n");
        }
        List<String> ps = new ArrayList<>();
        phones.stream().filter(p -> !p.number.isBlank())
                .forEach(p -> ps.add("{number: " + Yaml1.quote(p.number) + ", confidence: " + p.confidence + "}"));
        if (!ps.isEmpty()) {
            b.append("    phones: [").append(String.join(", ", ps)).append("]\n");
        }
        if (open24h) {
            b.append("    open24h: true\n");
        }
        List<String> hs = new ArrayList<>();
        for (HoursRow h : hours) {
            if (!h.days.isBlank()) {
                hs.add("{days: " + h.days.strip() + (h.from.isBlank() ? "" : ", from: " + Yaml1.quote(h.from))
                        + (h.to.isBlank() ? "" : ", to: " + Yaml1.quote(h.to)) + "}");
            }
        }
        if (!hs.isEmpty()) {
            b.append("    hours: [").append(String.join(", ", hs)).append("]\n");
        }
        b.append("    area: ").append(Yaml1.quote(area.isBlank() ? "national" : area)).append('\n');
        List<String> langs = TopicFile.commaList(languages);
        if (!langs.isEmpty()) {
            b.append("    languages: [").append(String.join(", ", langs)).append("]\n");
        }
        for (String[] f : new String[][] {{"free", free}, {"anonymous", anonymous}, {"noLegalStayNeeded", noLegalStayNeeded}}) {
            if ("true".equals(f[1]) || "false".equals(f[1])) {
                b.append("    ").append(f[0]).append(": ").append(f[1]).append('\n');
            }
        }
        if (!web.isBlank()) {
            b.append("    web: ").append(Yaml1.quote(web)).append('\n');
        }
        if (!email.isBlank()) {
            b.append("    email: ").append(Yaml1.quote(email)).append('\n');
        }
        b.append("    description:\n");
        for (LangText d : descriptions) {
            if (!d.isBlank()) {
                b.append("      ").append(d.getLang()).append(": ").append(Yaml1.quote(d.getValue())).append('\n');
            }
        }
        b.append("    verified: ").append(verified == null ? "" : verified.strip()).append('\n');
        b.append("    source: ").append(Yaml1.quote(source)).append('\n');
        return b.toString();
    }

    public List<String> getAllKinds() {
        return ContentLoader.KINDS;
    }

    public String getDisplayName() {
        return names.stream().filter(n -> n.getLang().equals("nb") && !n.isBlank()).map(LangText::getValue).findFirst().orElse(id);
    }

    // ---- form properties ----

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isNew() {
        return isNew;
    }

    public String getOfficial() {
        return official;
    }

    public void setOfficial(String official) {
        this.official = official == null ? "" : official;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }

    public boolean isEmergency() {
        return emergency;
    }

    public void setEmergency(boolean emergency) {
        this.emergency = emergency;
    }

    public List<PhoneRow> getPhones() {
        return phones;
    }

    public boolean isOpen24h() {
        return open24h;
    }

    public void setOpen24h(boolean open24h) {
        this.open24h = open24h;
    }

    public List<HoursRow> getHours() {
        return hours;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area == null ? "" : area;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages == null ? "" : languages;
    }

    public String getFree() {
        return free;
    }

    public void setFree(String free) {
        this.free = free;
    }

    public String getAnonymous() {
        return anonymous;
    }

    public void setAnonymous(String anonymous) {
        this.anonymous = anonymous;
    }

    public String getNoLegalStayNeeded() {
        return noLegalStayNeeded;
    }

    public void setNoLegalStayNeeded(String noLegalStayNeeded) {
        this.noLegalStayNeeded = noLegalStayNeeded;
    }

    public String getWeb() {
        return web;
    }

    public void setWeb(String web) {
        this.web = web == null ? "" : web;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }

    public String getVerified() {
        return verified;
    }

    public void setVerified(String verified) {
        this.verified = verified;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source == null ? "" : source;
    }

    public List<LangText> getNames() {
        return names;
    }

    public List<LangText> getDescriptions() {
        return descriptions;
    }
}
