package fi.palvelupiste.kiosk.forms.ui;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.forms.FormLibrary;
import fi.palvelupiste.kiosk.forms.SharedForms;
import fi.palvelupiste.kiosk.forms.FormMarkup;
import fi.palvelupiste.kiosk.forms.FormProblem;
import fi.palvelupiste.kiosk.forms.FormRejectedException;
import fi.palvelupiste.kiosk.forms.FormSummary;
import fi.palvelupiste.kiosk.forms.FormText;
import fi.palvelupiste.kiosk.forms.FormTexts;
import fi.palvelupiste.kiosk.forms.FormContent;
import fi.palvelupiste.kiosk.forms.PaperLanguages;
import fi.palvelupiste.kiosk.forms.FormVersion;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The forms library for staff and coordinators: every form with its published version and prints, an editor with
 * the text in every language (Finnish, Swedish and English required), a live picture of the paper in the language being edited, and
 * "Save draft" and "Publish". Residents print only published versions.
 */
@Route(value = "admin/forms", layout = StaffLayout.class)
@Menu(title = "forms.menu", order = 50)
@RolesAllowed(Role.STAFF_ROLE)
class FormsAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm");
    /** Markup examples for the help list, with the key of what each does. */
    private static final List<Map.Entry<String, String>> HELP = List.of(
            Map.entry("# VALTAKIRJA", "forms.help.heading"),
            Map.entry("## Valtakirjan antaja", "forms.help.subheading"),
            Map.entry("Noutaja näyttää henkilöllisyystodistuksensa.", "forms.help.text"),
            Map.entry("", "forms.help.blank"),
            Map.entry("___ Nimi", "forms.help.fill-in"),
            Map.entry("[ ] henkilökortti", "forms.help.check-box"),
            Map.entry("QR https://poliisi.fi", "forms.help.qr"),
            Map.entry("---", "forms.help.section"),
            Map.entry("\\# 1 kpl", "forms.help.escape"),
            Map.entry("Puh. <<puhelinnumero>>", "forms.help.placeholder"));

    private final FormLibrary library;
    private final SharedForms shared;
    private final Actor editor;
    private final Clock clock;

    final Grid<FormSummary> forms = new Grid<>();
    final H2 editing = new H2();
    final Paragraph versionInfo = new Paragraph();
    /** On a kiosk linked to a hub: the form came from the hub and is changed there. */
    final Paragraph fromHub = new Paragraph();
    final FormEditor form = new FormEditor();
    final Div preview = new Div();
    final Paragraph size = new Paragraph();
    /** Whether the paper shown pairs Finnish with the language line by line, or could not. */
    final Paragraph paperLanguages = new Paragraph();
    final Button create = new Button();
    private @Nullable UUID editingForm;

    FormsAdminView(FormLibrary library, SharedForms shared, AuthenticationContext authentication, Clock clock) {
        this.library = library;
        this.shared = shared;
        this.clock = clock;
        this.editor = StaffActor.of(authentication);
        addClassName("forms-admin");

        forms.setId("forms-grid");
        forms.addColumn(FormSummary::title).setHeader(getTranslation("forms.admin.form")).setAutoWidth(true)
                .setFlexGrow(1);
        forms.addColumn(summary -> summary.publishedVersion() == null ? getTranslation("forms.admin.not-published")
                : String.valueOf(summary.publishedVersion())).setHeader(getTranslation("forms.admin.published"))
                .setAutoWidth(true);
        forms.addColumn(summary -> summary.hasDraft() ? getTranslation("forms.admin.draft-version", summary.newestVersion()) : "")
                .setHeader(getTranslation("forms.admin.draft")).setAutoWidth(true);
        forms.addColumn(FormSummary::printsToday).setHeader(getTranslation("forms.admin.prints-today"))
                .setAutoWidth(true);
        forms.addColumn(FormSummary::printsLast30Days).setHeader(getTranslation("forms.admin.prints-30"))
                .setAutoWidth(true);
        forms.setAllRowsVisible(true);
        forms.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::edit));

        create.setText(getTranslation("forms.admin.new"));
        create.setId("forms-new");
        create.addClickListener(click -> startNew());

        form.addSaveListener(save -> saveDraft(save.value()));
        form.addPublishListener(publish -> publish(publish.value()));
        form.addShownListener(shown -> showPreview());
        preview.setId("forms-preview");
        preview.addClassName("printer-preview");
        size.setId("forms-size");
        paperLanguages.setId("forms-paper-languages");

        VerticalLayout previewColumn = new VerticalLayout(new H3(getTranslation("forms.admin.preview")), size,
                paperLanguages, preview);
        previewColumn.setPadding(false);
        previewColumn.setWidth(null);
        HorizontalLayout editorAndPreview = new HorizontalLayout(form, previewColumn);
        editorAndPreview.setWidthFull();
        editorAndPreview.setFlexGrow(1, form);

        fromHub.setId("forms-from-hub");
        fromHub.addClassName("notice");
        fromHub.setVisible(false);
        add(new H1(getTranslation("forms.admin.heading")), new Paragraph(getTranslation("forms.admin.intro")), forms,
                create, editing, versionInfo, fromHub, editorAndPreview, help());
        refresh();
        List<FormSummary> all = library.summaries();
        if (all.isEmpty()) {
            startNew();
        } else {
            forms.select(all.getFirst());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("forms.admin.heading"));
    }

    void refresh() {
        UUID selected = editingForm;
        List<FormSummary> all = library.summaries();
        forms.setItems(all);
        if (selected != null) {
            all.stream().filter(f -> f.publicId().equals(selected)).findFirst().ifPresent(forms::select);
        }
    }

    /** Opens a form's newest version (its draft, or the published one) in the editor. */
    void edit(FormSummary summary) {
        library.newestVersion(summary.publicId()).ifPresent(version -> {
            editingForm = summary.publicId();
            editing.setText(getTranslation("forms.admin.editing", summary.title()));
            form.edit(version.content());
            showVersion(version);
            boolean copy = shared.fromHub(summary.publicId());
            fromHub.setText(copy ? getTranslation("forms.admin.from-hub") : "");
            fromHub.setVisible(copy);
            form.setEnabled(!copy);
        });
    }

    void startNew() {
        forms.deselectAll();
        editingForm = null;
        editing.setText(getTranslation("forms.admin.new-heading"));
        versionInfo.setText("");
        fromHub.setVisible(false);
        form.setEnabled(true);
        form.edit(FormContent.of(FormTexts.EMPTY));
    }

    private void showVersion(FormVersion version) {
        versionInfo.setText(getTranslation("forms.admin.version", version.number(),
                getTranslation("forms.status." + version.status().name().toLowerCase(Locale.ROOT))) + " "
                + getTranslation("forms.admin.saved-by", version.editedBy(),
                TIME.format(version.updatedAt().atZoneSameInstant(clock.getZone()))));
    }

    void saveDraft(FormContent content) {
        try {
            FormVersion version;
            if (editingForm == null) {
                editingForm = library.create(content, editor);
                version = library.newestVersion(editingForm).orElseThrow();
            } else {
                version = library.saveDraft(editingForm, content, editor);
            }
            afterSave(version, "forms.admin.saved");
        } catch (FormRejectedException rejected) {
            form.showProblems(rejected.problems());
        }
    }

    void publish(FormContent content) {
        List<FormProblem> found = library.check(content, FormMarkup.Mode.PUBLISH);
        if (!found.isEmpty()) {
            form.showProblems(found);
            return;
        }
        try {
            if (editingForm == null) {
                editingForm = library.create(content, editor);
            }
            afterSave(library.publish(editingForm, content, editor), "forms.admin.published-now");
        } catch (FormRejectedException rejected) {
            form.showProblems(rejected.problems());
        }
    }

    private void afterSave(FormVersion version, String messageKey) {
        form.showProblems(List.of());
        showVersion(version);
        editing.setText(getTranslation("forms.admin.editing", version.texts().title().in(Language.FI)));
        Notification.show(getTranslation(messageKey));
        refresh();
    }

    /**
     * The paper as the attached printer would print it for a resident in the language being edited (with Finnish
     * line by line where the form says so), with its size on the line.
     */
    void showPreview() {
        preview.removeAll();
        Language shown = form.shownLanguage();
        FormText text = form.shownText();
        FormLibrary.Preview shownPreview = library.preview(form.edited(), shown, FormMarkup.Mode.DRAFT);
        if (shownPreview.bytes() > 0) {
            size.setText(getTranslation("forms.admin.bytes", String.valueOf(shownPreview.bytes()),
                    String.valueOf(library.maxBytes())) + ", " + getTranslation("forms.admin.seconds",
                    String.format(Locale.ROOT, "%.1f", shownPreview.bytes() * 10.0 / 9600)));
        } else {
            size.setText("");
        }
        size.setClassName("printer-problem", shownPreview.bytes() > library.maxBytes());
        paperLanguages.setText(shownPreview.languages() == PaperLanguages.ONE ? ""
                : getTranslation("forms.admin.paper." + shownPreview.languages().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'), getTranslation("language.name." + shown.code())));
        paperLanguages.setVisible(shownPreview.languages() != PaperLanguages.ONE);
        if (!shownPreview.problems().isEmpty()) {
            UnorderedList list = new UnorderedList();
            shownPreview.problems().forEach(problem -> list.add(new ListItem(form.describe(problem.language() == null
                    ? new FormProblem(shown, problem.line(), problem.messageKey(), problem.arguments()) : problem))));
            list.addClassName("printer-problem");
            preview.add(list);
        }
        shownPreview.png().ifPresent(png -> {
            String title = text.title();
            Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(png), "form-preview.png", "image/png", png.length)),
                    getTranslation("forms.admin.preview-alt", title.isBlank() ? "–" : title));
            image.setId("forms-preview-image");
            image.addClassName("printer-preview-image");
            preview.add(image);
        });
    }

    private Div help() {
        Div help = new Div(new H3(getTranslation("forms.admin.help")));
        help.setId("forms-help");
        help.addClassName("forms-help");
        for (Map.Entry<String, String> entry : HELP) {
            Div row = new Div(new Code(entry.getKey().isEmpty() ? " " : entry.getKey()),
                    new Span(getTranslation(entry.getValue())));
            row.addClassName("forms-help-row");
            help.add(row);
        }
        return help;
    }
}
