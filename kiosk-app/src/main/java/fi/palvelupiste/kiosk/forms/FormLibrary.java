package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.kiosk.TypedText;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writing forms, for staff and coordinators: drafts, previews as the paper will look, and publishing a version
 * for residents to print. Every save is checked: unknown markup, control characters, characters the printer
 * lacks and forms over the byte budget are refused with problems that say where.
 */
@Service
public class FormLibrary {

    static final int MAX_TITLE = 80;
    static final int MAX_DESCRIPTION = 160;
    static final int MAX_MARKUP = 20_000;

    private final FormRepository forms;
    private final PrintJobService printing;
    private final PrinterProfile profile;
    private final FormsProperties properties;
    private final SiteIdentity site;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    FormLibrary(FormRepository forms, PrintJobService printing, PrinterProfile profile, FormsProperties properties,
                SiteIdentity site, ApplicationEventPublisher published, Clock clock) {
        this.published = published;
        this.forms = forms;
        this.printing = printing;
        this.profile = profile;
        this.properties = properties;
        this.site = site;
        this.clock = clock;
    }

    /**
     * A form as the attached printer would print it for a resident in one language.
     *
     * @param png       the picture of the paper; empty when the text has problems
     * @param bytes     its size on the serial line (0 with problems)
     * @param problems  why it cannot be printed as it is
     * @param languages one language, or Finnish and the resident's language line by line or one after the other
     */
    public record Preview(Optional<byte[]> png, int bytes, List<FormProblem> problems, PaperLanguages languages) {
    }

    /** Every form with its published and newest version and how often it was printed lately. */
    public List<FormSummary> summaries() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Integer> printsToday = forms.printsPerForm(today, today);
        Map<Long, Integer> printsMonth = forms.printsPerForm(today.minusDays(29), today);
        List<FormSummary> summaries = new ArrayList<>();
        for (Form form : forms.forms()) {
            Optional<FormVersion> newest = forms.newestVersion(form.id());
            Integer published = form.publishedVersionId() == null ? null
                    : forms.version(form.publishedVersionId()).map(FormVersion::number).orElse(null);
            summaries.add(new FormSummary(form.publicId(), form.code(),
                    newest.map(v -> v.texts().title().in(Language.FI)).orElse(form.code()), published,
                    newest.map(FormVersion::number).orElse(0), printsToday.getOrDefault(form.id(), 0),
                    printsMonth.getOrDefault(form.id(), 0)));
        }
        return summaries;
    }

    /** The version an editor continues from: the draft if there is one, otherwise the published one. */
    public Optional<FormVersion> newestVersion(UUID formId) {
        return forms.form(formId).flatMap(form -> forms.newestVersion(form.id()));
    }

    public List<FormVersion> versions(UUID formId) {
        return forms.form(formId).map(form -> forms.versions(form.id())).orElse(List.of());
    }

    /** The byte budget of one printed form. */
    public int maxBytes() {
        return properties.maxBytes();
    }

    /**
     * What the form would look like on paper for a resident in this language (with Finnish line by line where the
     * content says so and the language has a translation), or why it cannot be printed.
     */
    public Preview preview(FormContent content, Language language, FormMarkup.Mode mode) {
        Sized sized = sized(content, language, mode);
        return new Preview(sized.receipt().map(printing::preview), sized.bytes(), sized.problems(), sized.languages());
    }

    /** A slip and its size on the serial line, or why it cannot be printed; without the picture. */
    private record Sized(Optional<Receipt> receipt, int bytes, List<FormProblem> problems, PaperLanguages languages) {
    }

    /** One language's text alone, as written in it; its problems carry no language. */
    private Sized sized(String markup, FormMarkup.Mode mode) {
        if (markup.length() > MAX_MARKUP) {
            return textTooLong();
        }
        return measured(new FormSlip.Printed(FormMarkup.parse(markup, profile, mode), PaperLanguages.ONE), Language.FI);
    }

    /** The paper a resident in this language gets; problems of Finnish beside a translation say which language. */
    private Sized sized(FormContent content, Language language, FormMarkup.Mode mode) {
        FormTexts texts = content.texts();
        if (texts.in(language).markup().length() > MAX_MARKUP || texts.in(Language.FI).markup().length() > MAX_MARKUP) {
            return textTooLong();
        }
        return measured(FormSlip.of(texts, content.printWithFinnish(), language, profile, mode), language);
    }

    /** A pasted book is not parsed and drawn on every key press of the editor's live preview. */
    private static Sized textTooLong() {
        return new Sized(Optional.empty(), 0, List.of(FormProblem.atLine(0, "forms.problem.text-long", MAX_MARKUP)),
                PaperLanguages.ONE);
    }

    private Sized measured(FormSlip.Printed printed, Language language) {
        if (!printed.parsed().ok()) {
            return new Sized(Optional.empty(), 0, printed.parsed().problems(), printed.languages());
        }
        Receipt receipt = printed.parsed().receipt().orElseThrow();
        int bytes = printing.encodedSize(receipt);
        List<FormProblem> problems = bytes <= properties.maxBytes() ? List.of()
                : List.of(printed.languages() == PaperLanguages.ONE
                        ? FormProblem.atLine(0, "forms.problem.too-long", bytes, properties.maxBytes())
                        : FormProblem.atLine(0, "forms.problem.too-long-with-finnish", bytes, properties.maxBytes())
                                .in(language));
        return new Sized(Optional.of(receipt), bytes, problems, printed.languages());
    }

    /**
     * Everything that stops this content from being saved as a draft ({@link FormMarkup.Mode#DRAFT}: a Finnish title,
     * other languages may wait) or published ({@link FormMarkup.Mode#PUBLISH}: Finnish, Swedish and English complete,
     * any other language either complete or left wholly empty (it then falls back), no blanks left to fill). A version
     * printed with Finnish is checked as each language's resident gets it: the slip of Finnish and that language
     * together must fit the byte budget too. Empty when it can be.
     */
    public List<FormProblem> check(FormContent content, FormMarkup.Mode mode) {
        FormTexts texts = content.texts();
        List<FormProblem> problems = new ArrayList<>();
        for (Language language : Language.writtenTexts()) {
            FormText text = texts.writtenIn(language);
            if (!language.isStaffPage() && text.equals(FormText.EMPTY)) {
                continue; // the other languages are optional: a form not written in one falls back whole
            }
            boolean required = mode == FormMarkup.Mode.PUBLISH || language == Language.FI;
            List<FormProblem> found = new ArrayList<>();
            checkField(text.title(), "forms.problem.title-missing", "forms.problem.title-long", MAX_TITLE, required,
                    found);
            checkField(text.description(), null, "forms.problem.description-long", MAX_DESCRIPTION, false, found);
            if (!text.markup().isBlank() || mode == FormMarkup.Mode.PUBLISH) {
                found.addAll(sized(text.markup(), mode).problems());
            }
            found.forEach(problem -> problems.add(problem.language() == null ? problem.in(language) : problem));
        }
        if (content.printWithFinnish() && problems.isEmpty() && !texts.writtenIn(Language.FI).markup().isBlank()) {
            for (Language language : Language.writtenTexts()) {
                if (texts.translation(language).isPresent()) {
                    problems.addAll(sized(content, language, mode).problems());
                }
            }
        }
        return problems;
    }

    private static void checkField(String value, String missingKey, String longKey, int max, boolean required,
                                   List<FormProblem> problems) {
        if (required && value.isBlank()) {
            problems.add(FormProblem.atLine(0, missingKey));
        }
        if (value.length() > max) {
            problems.add(FormProblem.atLine(0, longKey, max));
        }
        if (!TypedText.isText(value, false)) {
            problems.add(FormProblem.atLine(0, "forms.problem.control-in-title"));
        }
    }

    /** A new form with this content as its first draft; nothing is shown to residents until it is published. */
    @Transactional
    public UUID create(FormContent content, Actor editor) {
        FormContent clean = strip(content);
        refuseProblems(check(clean, FormMarkup.Mode.DRAFT));
        OffsetDateTime now = now();
        UUID publicId = UUID.randomUUID();
        long formId = forms.insertForm(publicId, site.siteId(), uniqueCode(clean.texts().title().in(Language.FI)),
                forms.nextSortOrder(), now);
        forms.insertVersion(UUID.randomUUID(), site.siteId(), formId, 1, clean, editor.name(), now);
        return publicId;
    }

    /**
     * Saves the content as the form's draft: the existing draft is changed, or a new version is started after the
     * published one. Residents keep printing the published version.
     */
    @Transactional
    public FormVersion saveDraft(UUID formId, FormContent content, Actor editor) {
        refuseCopies(formId);
        FormContent clean = strip(content);
        refuseProblems(check(clean, FormMarkup.Mode.DRAFT));
        return storeDraft(formId, clean, editor);
    }

    /**
     * Saves the content and makes it the version residents print, in one step; the version printed before is
     * kept as retired. Refused unless Finnish, Swedish and English are complete (another language complete or
     * empty) and every slip a resident can get is within the byte budget.
     */
    @Transactional
    public FormVersion publish(UUID formId, FormContent content, Actor editor) {
        refuseCopies(formId);
        FormContent clean = strip(content);
        refuseProblems(check(clean, FormMarkup.Mode.PUBLISH));
        Form form = forms.form(formId).orElseThrow(() -> new IllegalArgumentException("no form " + formId));
        Optional<FormVersion> newest = forms.newestVersion(form.id());
        if (newest.isPresent() && newest.get().status() == FormStatus.PUBLISHED
                && newest.get().content().equals(clean)) {
            return newest.get();
        }
        FormVersion draft = storeDraft(formId, clean, editor);
        if (!forms.publish(form.id(), draft.id(), editor.name(), now())) {
            throw new IllegalStateException("version " + draft.id() + " of form " + formId + " is no longer a draft");
        }
        published.publishEvent(new SharedFormChanged(formId));
        return forms.version(draft.id()).orElseThrow();
    }

    private FormVersion storeDraft(UUID formId, FormContent content, Actor editor) {
        Form form = forms.form(formId).orElseThrow(() -> new IllegalArgumentException("no form " + formId));
        OffsetDateTime now = now();
        Optional<FormVersion> newest = forms.newestVersion(form.id());
        if (newest.isPresent() && newest.get().status() == FormStatus.DRAFT
                && forms.updateDraft(newest.get().id(), content, editor.name(), now)) {
            return forms.version(newest.get().id()).orElseThrow();
        }
        int number = newest.map(FormVersion::number).orElse(0) + 1;
        long id = forms.insertVersion(UUID.randomUUID(), site.siteId(), form.id(), number, content, editor.name(), now);
        return forms.version(id).orElseThrow();
    }

    /** A form that came from the hub is changed on the hub only. */
    private void refuseCopies(UUID formId) {
        if (forms.form(formId).filter(form -> forms.fromHub(form.id())).isPresent()) {
            throw new FormRejectedException(List.of(FormProblem.atLine(0, "forms.problem.from-hub")));
        }
    }

    private static void refuseProblems(List<FormProblem> problems) {
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
    }

    private static FormContent strip(FormContent content) {
        FormTexts texts = content.texts().map(String::strip,
                markup -> markup.replace("\r\n", "\n").replace('\r', '\n').stripTrailing());
        return new FormContent(texts, content.printWithFinnish());
    }

    /** A short ASCII name from the title ("Valtakirja" → "valtakirja"), unique among forms. */
    private String uniqueCode(String title) {
        String ascii = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String base = ascii.isEmpty() ? "lomake" : ascii.substring(0, Math.min(30, ascii.length()));
        String code = base;
        for (int n = 2; forms.codeTaken(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
