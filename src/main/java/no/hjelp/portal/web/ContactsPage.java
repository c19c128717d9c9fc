package no.hjelp.portal.web;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import no.hjelp.portal.content.Contact;
import no.hjelp.portal.content.ContactFilter;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.internal.ContentLoader;

/**
 * The contact directory, filtered by the query string ({@code ?city=Oslo&kind=health&open24h=on}).
 * Emergency numbers are pinned on top whatever the filters. Unknown filter values are ignored,
 * never an error: the reader still gets the list.
 */
@Named
@RequestScoped
public class ContactsPage {

    @Inject
    PublicPage page;

    @Inject
    HttpServletRequest request;

    private ContactFilter filter;
    private List<Contact> contacts;

    /** Opening hours of one row, ready to show: days in the reader's language and a time span. */
    public record HoursRow(String days, String time) {
    }

    @PostConstruct
    void init() {
        Content content = page.getContent();
        filter = ContactFilter.fromParameters(request::getParameter, content);
        contacts = content.contacts().stream().filter(c -> !c.emergency()).filter(filter::matches).toList();
    }

    public ContactFilter getFilter() {
        return filter;
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public List<String> getCities() {
        return ContactFilter.cities(page.getContent());
    }

    public List<String> getKinds() {
        return ContentLoader.KINDS;
    }

    public List<Language> getSpokenLanguages() {
        return page.getContent().languages();
    }

    public String name(Contact c) {
        return c.nameIn(page.getLang().code());
    }

    public String description(Contact c) {
        return c.descriptionIn(page.getLang().code());
    }

    public String area(Contact c) {
        return "national".equals(c.area()) ? page.text("contacts.national") : c.area();
    }

    /** Names of the languages the staff speak, each in its own script. */
    public String spoken(Contact c) {
        List<String> names = new ArrayList<>();
        for (String code : c.languages()) {
            names.add(page.getContent().language(code).map(Language::name).orElse(code));
        }
        return String.join(", ", names);
    }

    public List<HoursRow> hours(Contact c) {
        ULocale locale = ULocale.forLanguageTag(page.getLang().tag());
        String[] weekdays = DateFormatSymbols.getInstance(locale)
                .getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE);
        List<HoursRow> rows = new ArrayList<>();
        for (Contact.Hours h : c.hours()) {
            List<DayOfWeek> days = h.days();
            String dayText;
            if (days.isEmpty()) {
                dayText = "";
            } else if (days.size() > 2 && days.get(days.size() - 1).getValue() - days.get(0).getValue() == days.size() - 1) {
                dayText = dayName(weekdays, days.get(0)) + "–" + dayName(weekdays, days.get(days.size() - 1));
            } else {
                List<String> names = new ArrayList<>();
                days.forEach(d -> names.add(dayName(weekdays, d)));
                dayText = String.join(", ", names);
            }
            String time = h.from() == null ? "" : h.from() + "–" + (h.to() == null ? "" : h.to());
            rows.add(new HoursRow(dayText, time));
        }
        return rows;
    }

    private static String dayName(String[] weekdays, DayOfWeek day) {
        // ICU counts Sunday = 1 … Saturday = 7; java.time counts Monday = 1 … Sunday = 7
        return weekdays[day.getValue() % 7 + 1];
    }

}
