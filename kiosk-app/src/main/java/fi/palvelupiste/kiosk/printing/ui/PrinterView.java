package fi.palvelupiste.kiosk.printing.ui;

import fi.palvelupiste.kiosk.KioskOnly;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.kiosk.printing.PrintJob;
import fi.palvelupiste.kiosk.printing.PrintJobPrivacy;
import fi.palvelupiste.kiosk.printing.PrintJobStatus;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The printer as staff see it: is it ready or out of paper, the last slips with what each looked like on paper,
 * and a reprint for a resident whose slip did not come out. A list or manifest with residents' names is shown and
 * reprinted only to coordinators (audited); staff see that it exists, not what it says.
 */
@KioskOnly
@Route(value = "staff/printer", layout = StaffLayout.class)
@Menu(title = "menu.printer", order = 3)
@RolesAllowed(Role.STAFF_ROLE)
class PrinterView extends VerticalLayout implements HasDynamicTitle {

    static final int JOBS_SHOWN = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M. HH.mm.ss");

    private final PrintJobService printing;
    private final PrintJobPrivacy privacy;
    private final Actor actor;
    private final Clock clock;
    final Paragraph status = new Paragraph();
    final Grid<PrintJob> jobs = new Grid<>();
    final Div preview = new Div();

    PrinterView(PrintJobService printing, PrintJobPrivacy privacy, AuthenticationContext authentication, Clock clock) {
        this.printing = printing;
        this.privacy = privacy;
        this.actor = StaffActor.of(authentication);
        this.clock = clock;
        status.setId("printer-status");
        Paragraph where = new Paragraph(getTranslation("printer.where", printing.printerDescription()));
        jobs.setId("printer-jobs");
        jobs.addColumn(job -> TIME.format(job.createdAt().atZoneSameInstant(clock.getZone())))
                .setHeader(getTranslation("printer.time")).setAutoWidth(true);
        jobs.addColumn(PrintJob::name).setHeader(getTranslation("printer.slip")).setAutoWidth(true);
        jobs.addColumn(this::statusText).setHeader(getTranslation("printer.job-status")).setAutoWidth(true);
        jobs.addColumn(PrintJob::attempts).setHeader(getTranslation("printer.attempts")).setAutoWidth(true);
        jobs.addColumn(job -> job.lastError() == null ? "" : job.lastError())
                .setHeader(getTranslation("printer.error")).setFlexGrow(1);
        jobs.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::showPreview));
        preview.setId("printer-preview");
        preview.addClassName("printer-preview");
        Button refresh = new Button(getTranslation("printer.refresh"), click -> refresh());
        refresh.setId("printer-refresh");
        HorizontalLayout listAndPreview = new HorizontalLayout(jobs, preview);
        listAndPreview.setWidthFull();
        listAndPreview.setFlexGrow(1, jobs);
        add(new H1(getTranslation("printer.heading")), status, where, refresh,
                new H2(getTranslation("printer.recent")), listAndPreview);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().setPollInterval(10_000);
        attachEvent.getUI().addPollListener(poll -> showStatus());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("printer.heading"));
    }

    void refresh() {
        showStatus();
        jobs.setItems(printing.newest(JOBS_SHOWN));
    }

    private String statusText(PrintJob job) {
        if (job.status() == PrintJobStatus.INCOMPLETE && job.bytesSent() != null && job.bytesTotal() != null) {
            return getTranslation("printer.job.incomplete-bytes", job.bytesSent(), job.bytesTotal());
        }
        return getTranslation("printer.job." + job.status().name().toLowerCase(Locale.ROOT));
    }

    private void showStatus() {
        PrinterStatus now = printing.printerStatus();
        status.setText(getTranslation("printer.status." + now.name().toLowerCase()));
        status.setClassName("printer-problem", !now.canPrint());
    }

    void showPreview(PrintJob job) {
        preview.removeAll();
        if (!privacy.mayRead(job.id())) {
            Paragraph hidden = new Paragraph(getTranslation("printer.personal-hidden"));
            hidden.setId("printer-personal-hidden");
            preview.add(hidden);
            return;
        }
        byte[] png = privacy.preview(job.id(), actor);
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(png), job.name() + ".png", "image/png", png.length)),
                getTranslation("printer.preview-alt", job.name()));
        image.addClassName("printer-preview-image");
        Button reprint = new Button(getTranslation("printer.reprint"), click -> {
            privacy.reprint(job.id(), actor);
            Notification.show(getTranslation("printer.reprinted", job.name()));
            refresh();
        });
        reprint.setId("printer-reprint");
        reprint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.add(reprint, image);
    }
}
