package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.sync.CountsUp;
import fi.palvelupiste.kiosk.sync.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Form print counts going up to the hub ({@link CountsUp}): each print makes the day's count for its form and
 * language go up with its new total. On the hub: every site's counts, also of forms a kiosk made itself.
 */
@Service
public class FormPrintSync extends CountsUp<FormPrintsRecord> {

    /** The outbox's name for a count of a form's prints. */
    static final String OUTBOX_KIND = "FORM_PRINTS";

    private final FormRepository forms;

    FormPrintSync(FormRepository forms, JdbcClient jdbc, Outbox outbox, SiteIdentity site, Clock clock) {
        super(OUTBOX_KIND, "site_form_prints", jdbc, outbox, site, clock);
        this.forms = forms;
    }

    @Override
    protected List<UUID> kept() {
        return forms.printCountIds();
    }

    /** The count with its form's title as the kiosk's statistics show it. */
    @Override
    protected Optional<FormPrintsRecord> current(UUID publicId, String siteId, long version) {
        return forms.printCountOf(publicId).flatMap(of -> forms.printCounts(of.day(), of.day()).stream()
                .filter(count -> count.code().equals(of.code()) && count.language().equals(of.language()))
                .findFirst().map(count -> new FormPrintsRecord(publicId, siteId, of.form(), count, version)));
    }

    /** JSON may leave out any part: a count as a kiosk makes it, or nothing of the request is stored. */
    @Override
    protected boolean fits(FormPrintsRecord record) {
        FormPrintCount count = record.count();
        return record.form() != null && count != null && count.day() != null && count.code() != null
                && count.title() != null && count.language() != null && count.prints() >= 0;
    }

    @Override
    protected void keep(FormPrintsRecord record, boolean replace) {
        forms.storeSitePrints(record, replace);
    }

    /** On the hub: every site's counts from {@code from} to {@code to}, as their kiosks last sent them. */
    @Transactional(readOnly = true)
    public List<FormPrintsRecord> sitePrints(LocalDate from, LocalDate to) {
        return forms.sitePrints(from, to);
    }
}
