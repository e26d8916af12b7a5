package fi.palvelupiste.kiosk.signup;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** When someone guesses reference codes at a device, staff see it on their pages and the audit log has it. */
@KioskTest
@WithMockUser(username = "maija", roles = "STAFF")
class CodeGuessingAlertsTest extends SpringBrowserlessTest {

    private static final String DEVICE = "192.0.2.77";

    @Autowired
    SignupBooking signups;
    @Autowired
    ReferenceCodes referenceCodes;
    @Autowired
    CodeAttemptGuard guard;
    @Autowired
    AuditLog audit;
    @Autowired
    SignupProperties settings;

    @AfterEach
    void forgetTheDevice() {
        guard.forgetDevice(DEVICE);
    }

    @Test
    void the_device_limit_shows_a_notice_on_the_staff_desk_and_is_audited() {
        UI.getCurrent().navigate("staff");
        assertThat($(Div.class).withId("staff-notices").exists()).as("no notice while all is well").isFalse();

        for (int visit = 0; visit < settings.deviceCodeAttempts(); visit++) {
            assertThat(referenceCodes.lookUp("guessing-" + visit, DEVICE, "ZZZZZ" + visit, "Ab"))
                    .isInstanceOf(visit < settings.deviceCodeAttempts() - 1 ? CodeLookup.NotFound.class
                            : CodeLookup.Wait.class);
        }
        assertThat(referenceCodes.lookUp("fresh-visit", DEVICE, "ZZZZZZ", "Ab")).as("the next person on that device")
                .isInstanceOfSatisfying(CodeLookup.Wait.class, wait -> assertThat(wait.deviceWide()).isTrue());
        assertThat(audit.newest(5)).anySatisfy(entry -> assertThat(entry.what())
                .isEqualTo("reference codes: the limit of wrong codes in 10 min was reached from " + DEVICE
                        + "; tries from it are slowed down"));

        UI.getCurrent().navigate("staff/statistics");
        Div notices = $(Div.class).id("staff-notices");
        assertThat(notices.isVisible()).isTrue();
        assertThat(notices.getElement().getTextRecursively())
                .contains("Varauskoodeja on kokeiltu väärin 10 kertaa 10 minuutin sisällä laitteelta " + DEVICE);
    }
}
