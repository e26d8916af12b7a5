package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Residents printing published forms at the kiosk, and the print counts that go into the statistics. */
@Service
public class FormPrinting {

    /** A form is worth printing only while the resident is still at the kiosk. */
    static final Duration FORM_PRINT_VALIDITY = Duration.ofMinutes(3);

    private final FormRepository forms;
    private final FormPrintSync hub;
    private final PrintJobService printing;
    private final PrinterProfile profile;
    private final Clock clock;

    FormPrinting(FormRepository forms, FormPrintSync hub, PrintJobService printing, PrinterProfile profile,
                 Clock clock) {
        this.forms = forms;
        this.hub = hub;
        this.printing = printing;
        this.profile = profile;
        this.clock = clock;
    }

    /** The forms residents can print, in the kiosk's order. */
    public List<PublishedForm> publishedForms() {
        return forms.published();
    }

    public Optional<PublishedForm> published(UUID formId) {
        return forms.published().stream().filter(form -> form.publicId().equals(formId)).findFirst();
    }

    /**
     * The form for a resident in a language as a slip for the attached printer: in that language, or line by line
     * with Finnish where the version says so ({@link FormSlip}); empty if it no longer fits this printer (checked
     * when published, but the printer may have been changed since).
     */
    public Optional<Receipt> receipt(PublishedForm form, Language language) {
        FormVersion version = form.version();
        return FormSlip.of(version.texts(), version.printWithFinnish(), language, profile, FormMarkup.Mode.PUBLISH)
                .parsed().receipt();
    }

    /** The picture of the form on paper, as it will print. */
    public Optional<byte[]> preview(PublishedForm form, Language language) {
        return receipt(form, language).map(printing::preview);
    }

    /**
     * Prints the published form in the resident's language and counts it for the day, in one transaction: the
     * count exists exactly when the print job does (and goes up to a linked hub). Never anything personal: forms are
     * printed blank.
     *
     * @return the print job's id, for following the paper on screen
     */
    @Transactional
    public long print(UUID formId, Language language) {
        PublishedForm form = published(formId)
                .orElseThrow(() -> new IllegalArgumentException("form " + formId + " is not published"));
        Receipt receipt = receipt(form, language)
                .orElseThrow(() -> new IllegalStateException("form " + form.code() + " cannot be printed here"));
        long jobId = printing.enqueue("form-" + form.code() + "-" + language.code(), receipt, FORM_PRINT_VALIDITY);
        hub.changed(forms.countPrint(form.form().id(), LocalDate.now(clock), language.code()));
        return jobId;
    }

    /** Prints per day, form and language from {@code from} to {@code to}, both included. */
    public List<FormPrintCount> printCounts(LocalDate from, LocalDate to) {
        return forms.printCounts(from, to);
    }
}
