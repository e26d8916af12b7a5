package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@KioskTest
@WithMockUser(username = "maija", roles = "STAFF")
class StaffLanguageTest extends SpringBrowserlessTest {

    @AfterEach
    void backToFinnish() {
        UI.getCurrent().getSession().setAttribute(Language.STAFF_SESSION_ATTRIBUTE, null);
    }

    @Test
    void staff_pages_open_in_finnish_and_in_the_language_the_staff_member_chose() {
        navigate("staff", Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Jonot");
        assertThat($(Select.class).id("staff-language").getValue()).isEqualTo(Language.FI);

        StaffLayout.switchTo(Language.SV);
        navigate("staff", Component.class);

        assertThat($(H1.class).first().getText()).isEqualTo("Köer");
        assertThat(UI.getCurrent().getSession().getAttribute(Language.STAFF_SESSION_ATTRIBUTE)).isEqualTo(Language.SV);
    }
}
