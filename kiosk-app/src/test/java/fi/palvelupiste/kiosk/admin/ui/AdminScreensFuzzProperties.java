package fi.palvelupiste.kiosk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextFieldBase;
import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.FuzzText;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.SpringProperties;
import fi.palvelupiste.kiosk.kiosk.ui.ScreenProperties;
import fi.palvelupiste.kiosk.queue.QueueAdministration;
import fi.palvelupiste.kiosk.queue.ServiceQueue;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.security.StaffAccounts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz of the admin's pages as the browser sends them: any text into a service's names and hints, a desk's name,
 * and a staff account's username and display name, then Save. Each try is rolled back. The pages never fail; what
 * is saved passes the rule and fits its column, and otherwise the page says what to fix in the admin's language.
 */
@KioskTest
class AdminScreensFuzzProperties extends ScreenProperties {

    @Autowired
    QueueAdministration administration;
    @Autowired
    StaffAccounts accounts;

    @Override
    protected void logIn() {
        SpringProperties.logIn("fuzz-admin", Role.ADMIN);
    }

    @Property(tries = 150)
    void any_texts_for_a_service_are_saved_as_typed_or_explained(@ForAll("texts") List<String> texts) {
        rolledBack(() -> {
            ServicesAdminView view = navigate(ServicesAdminView.class);
            view.form.prefix.setValue("qz");
            ServiceForm form = view.form;
            List<TextFieldBase<?, String>> fields = java.util.stream.Stream.of(form.name, form.hint)
                    .flatMap(text -> Language.writtenTexts().stream().<TextFieldBase<?, String>>map(text::field))
                    .toList();
            for (int i = 0; i < fields.size(); i++) {
                fields.get(i).setValue(texts.get(i));
            }
            test($(Button.class).id("service-save")).click();
            assertScreenTranslated();
            ServiceQueue saved = administration.queues().stream().filter(q -> q.prefix().equals("QZ")).findFirst()
                    .orElse(null);
            assertThat(saved == null).as("not saved exactly when the page says what to fix")
                    .isEqualTo(!view.form.message.getText().isEmpty());
            if (saved != null) {
                List<String> columns = FuzzChecks.localizedColumns("name", "hint");
                List<String> stored = FuzzChecks.inEveryLanguage(saved.name(), saved.hint());
                for (int i = 0; i < columns.size(); i++) {
                    FuzzChecks.assertStored(stored.get(i), FuzzChecks.cleaned(texts.get(i), false),
                            FuzzChecks.columnLength(jdbc, "service_queue", columns.get(i)), false);
                }
            }
        });
    }

    @Property(tries = 100)
    void any_name_for_a_desk_is_saved_as_typed_or_explained(@ForAll("name") String name) {
        rolledBack(() -> {
            DesksAdminView view = navigate(DesksAdminView.class);
            int before = administration.desks().size();
            view.name.setValue(name);
            test($(Button.class).id("desk-save")).click();
            assertScreenTranslated();
            boolean saved = administration.desks().size() > before;
            assertThat(saved).as("saved exactly when the page says nothing to fix")
                    .isEqualTo(view.message.getText().isEmpty());
            if (saved) {
                assertThat(administration.desks()).anySatisfy(desk -> FuzzChecks.assertStored(desk.name(),
                        FuzzChecks.cleaned(name, false), FuzzChecks.columnLength(jdbc, "desk", "name"), false));
            }
        });
    }

    @Property(tries = 100)
    void any_username_and_display_name_for_an_account_are_saved_as_typed_or_explained(
            @ForAll("name") String username, @ForAll("name") String displayName) {
        rolledBack(() -> {
            UsersAdminView view = navigate(UsersAdminView.class);
            int before = accounts.all().size();
            view.username.setValue(username);
            view.displayName.setValue(displayName);
            test($(Button.class).id("user-save")).click();
            assertScreenTranslated();
            FuzzChecks.assertTranslated(view.message.getText());
            if (accounts.all().size() > before) {
                assertThat(accounts.find(username).orElseThrow().displayName()).isEqualTo(displayName.strip());
                FuzzChecks.assertStored(accounts.find(username).orElseThrow().displayName(), displayName.strip(),
                        FuzzChecks.columnLength(jdbc, "staff_user", "display_name"), false);
            }
        });
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.oneOf(FuzzText.plain(1, 30), FuzzText.anyText()).list()
                .ofSize(2 * Language.writtenTexts().size());
    }

    @Provide
    Arbitrary<String> name() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("abcxyz019._-").ofMinLength(2).ofMaxLength(20),
                FuzzText.anyText());
    }
}
