package fi.palvelupiste.kiosk.storage.ui;

import fi.palvelupiste.kiosk.KioskOnly;

import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import fi.palvelupiste.kiosk.storage.DiskSpace;
import fi.palvelupiste.kiosk.storage.StorageStatus;
import jakarta.annotation.security.RolesAllowed;

import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The kiosk's storage for staff: whether the database opened, free space, the backups; and, when the database is
 * damaged, a restore from a backup that reads back whole, only after staff confirm it.
 */
@KioskOnly
@Route(value = "staff/storage", layout = StaffLayout.class)
@Menu(title = "menu.storage", order = 4)
@RolesAllowed(Role.STAFF_ROLE)
class StorageView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm");

    final Grid<StorageStatus.Backup> backups = new Grid<>();
    final Paragraph database = new Paragraph();
    final Paragraph space = new Paragraph();
    private final StorageStatus storage;
    private final AuthenticationContext authentication;

    StorageView(StorageStatus storage, AuthenticationContext authentication) {
        this.storage = storage;
        this.authentication = authentication;
        database.setId("storage-database");
        space.setId("storage-space");
        backups.setId("storage-backups");
        backups.addColumn(backup -> TIME.format(modified(backup))).setHeader(getTranslation("storage.backup.time"))
                .setAutoWidth(true);
        backups.addColumn(backup -> getTranslation("storage.backup.size", Math.max(1, backup.bytes() >> 10)))
                .setHeader(getTranslation("storage.backup.size-header")).setAutoWidth(true);
        backups.addColumn(backup -> getTranslation(backup.good() ? "storage.backup.good" : "storage.backup.broken"))
                .setHeader(getTranslation("storage.backup.state")).setAutoWidth(true);
        if (storage.damagedDatabase().isPresent()) {
            backups.addComponentColumn(backup -> {
                Button restore = new Button(getTranslation("storage.restore"), click -> confirm(backup));
                restore.setEnabled(backup.good());
                restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                return restore;
            }).setAutoWidth(true);
        }
        backups.setAllRowsVisible(true);
        add(new H1(getTranslation("storage.heading")), new H2(getTranslation("storage.database")), database,
                new H2(getTranslation("storage.space")), space, new H2(getTranslation("storage.backups")), backups);
        refresh();
    }

    void refresh() {
        database.setText(storage.damagedDatabase()
                .map(file -> getTranslation("storage.database.damaged", file.toString()))
                .orElseGet(() -> getTranslation("storage.database.ok")));
        database.setClassName("printer-problem", storage.damagedDatabase().isPresent());
        long free = storage.freeMegabytes();
        space.setText(free < 0 ? getTranslation("storage.space.unknown")
                : getTranslation(storage.diskState() == DiskSpace.State.LOW ? "storage.space.low" : "storage.space.ok",
                free));
        space.setClassName("printer-problem", storage.diskState() == DiskSpace.State.LOW);
        backups.setItems(storage.backups());
    }

    private void confirm(StorageStatus.Backup backup) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("storage.restore.heading"));
        dialog.add(new Paragraph(getTranslation("storage.restore.explain", TIME.format(modified(backup)))));
        Button yes = new Button(getTranslation("storage.restore.confirm"), click -> {
            storage.restoreAndRestart(backup.file(), StaffActor.of(authentication));
            dialog.close();
            database.setText(getTranslation("storage.restore.started"));
        });
        yes.setId("storage-restore-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("storage.restore.cancel"), click -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private static java.time.LocalDateTime modified(StorageStatus.Backup backup) {
        try {
            return java.time.LocalDateTime.ofInstant(Files.getLastModifiedTime(backup.file()).toInstant(),
                    ZoneId.systemDefault());
        } catch (IOException e) {
            return java.time.LocalDateTime.MIN;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("storage.heading"));
    }
}
