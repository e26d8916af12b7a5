package fi.palvelupiste.kiosk.queue.ui;

import fi.palvelupiste.kiosk.audit.Actor;
import com.vaadin.browserless.SpringBrowserlessTest;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.queue.CalledTicket;
import fi.palvelupiste.kiosk.queue.QueueDesk;
import fi.palvelupiste.kiosk.queue.QueueUpdate;
import fi.palvelupiste.kiosk.queue.Ticket;
import fi.palvelupiste.kiosk.queue.TicketService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@KioskTest
class DisplayViewTest extends SpringBrowserlessTest {

    @Autowired
    TicketService tickets;
    @Autowired
    QueueDesk queueDesk;

    @Test
    void a_called_number_appears_with_its_desk_and_no_personal_data() {
        Ticket ticket = takeB();
        DisplayView display = navigate(DisplayView.class);

        queueDesk.call(ticket.id(), desk(), Actor.staff("maija"));
        display.onUpdate(QueueUpdate.changed());

        assertThat(display.now.getElement().getTextRecursively()).contains(ticket.displayNumber(), "Asiakaspalvelu")
                .doesNotContain("maija");
    }

    @Test
    void now_serving_shows_only_who_is_being_served_the_served_go_under_called_earlier_and_no_shows_not_at_all() {
        Ticket served = takeB();
        Ticket absent = takeB();
        Ticket serving = takeB();
        queueDesk.call(served.id(), desk(), Actor.staff("maija"));
        queueDesk.served(served.id(), Actor.staff("maija"));
        queueDesk.call(absent.id(), desk(), Actor.staff("maija"));
        queueDesk.noShow(absent.id(), Actor.staff("maija"));
        queueDesk.call(serving.id(), desk(), Actor.staff("maija"));
        DisplayView display = navigate(DisplayView.class);

        String now = display.now.getElement().getTextRecursively();
        String earlier = display.earlier.getElement().getTextRecursively();
        assertThat(now).contains(serving.displayNumber()).doesNotContain(served.displayNumber(), absent.displayNumber());
        assertThat(earlier).contains(served.displayNumber()).doesNotContain(absent.displayNumber(), serving.displayNumber());
    }

    @Test
    void a_number_marked_absent_leaves_the_open_display_at_the_next_update_and_a_served_one_moves_down() {
        Ticket absent = takeB();
        Ticket served = takeB();
        DisplayView display = navigate(DisplayView.class);

        queueDesk.call(absent.id(), desk(), Actor.staff("maija"));
        display.onUpdate(QueueUpdate.changed());
        assertThat(display.now.getElement().getTextRecursively()).contains(absent.displayNumber());
        queueDesk.noShow(absent.id(), Actor.staff("maija"));
        queueDesk.call(served.id(), desk(), Actor.staff("maija"));
        queueDesk.served(served.id(), Actor.staff("maija"));
        display.onUpdate(QueueUpdate.changed());

        assertThat(display.now.getElement().getTextRecursively()).doesNotContain(absent.displayNumber(),
                served.displayNumber());
        assertThat(display.earlier.getElement().getTextRecursively()).contains(served.displayNumber())
                .doesNotContain(absent.displayNumber());
        assertThat(display.earlier.getChildren()).allSatisfy(row ->
                assertThat(row.getElement().getClassList()).as("smaller than the numbers served now")
                        .contains("display-row-earlier").doesNotContain("display-row"));
    }

    @Test
    void announcements_are_spoken_in_the_languages_asked_for_with_the_number_read_naturally() {
        DisplayView display = navigate(DisplayView.class);
        CalledTicket called = new CalledTicket(1, "A012", "Digituki 1", null, 1, null, "fi");
        List<Language> asked = DisplayView.speechLanguages(List.of("fi,sv", "en", "xx"));

        assertThat(DisplayView.speechLanguages(List.of("none"))).isEmpty();
        assertThat(display.announcements(called, asked).split("\n")).containsExactly(
                "fi|Vuoronumero A 12, Digituki 1", "sv|Könummer A 12, Digituki 1", "en|Number A 12, Digituki 1");
        assertThat(DisplayView.spokenNumber("B007")).isEqualTo("B 7");
        CalledTicket ukrainian = new CalledTicket(2, "A013", "Digituki 1", null, 1, null, "uk");
        assertThat(display.announcements(ukrainian, List.of(Language.FI)).split("\n")).as("and in the ticket's own")
                .containsExactly("fi|Vuoronumero A 13, Digituki 1",
                        "uk|" + display.getTranslation(Language.UK.locale(), "display.announce", "A 13", "Digituki 1"));
        assertThat(display.announcements(ukrainian, List.of())).as("chime only").isEmpty();
    }

    @Test
    void the_display_says_in_all_three_languages_what_it_shows() {
        DisplayView display = navigate(DisplayView.class);

        assertThat(display.getElement().getTextRecursively()).contains("Nyt palvelussa · Betjänas nu · Now serving");
    }

    private Ticket takeB() {
        long queueB = queueDesk.queues().stream().filter(q -> q.prefix().equals("B")).findFirst().orElseThrow().id();
        return tickets.take(queueB, false, Language.FI.locale()).ticket();
    }

    private long desk() {
        return queueDesk.deskByName("Asiakaspalvelu").orElseThrow().id();
    }
}
