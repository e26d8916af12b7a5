package fi.palvelupiste.kiosk.kiosk;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up archive's training run: the kiosk serves its own start page and resident screens, then exits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ArchiveTrainingIT {

    @LocalServerPort
    int port;

    @Test
    void the_training_loads_the_start_page_its_files_and_every_resident_screen() throws Exception {
        List<ArchiveTraining.Visit> visits = training(true, new ArrayList<>())
                .visit(URI.create("http://127.0.0.1:" + port + "/"));

        assertThat(visits).extracting(ArchiveTraining.Visit::path)
                .startsWith("/")
                .anyMatch(path -> path.startsWith("/VAADIN/"))
                .containsSubsequence(ArchiveTraining.SCREENS.stream().map(screen -> "/" + screen).toList());
        assertThat(visits).allSatisfy(visit -> assertThat(visit.status()).as(visit.path()).isEqualTo(200));
    }

    @Test
    void after_training_the_application_ends_with_spring_boots_exit_code() {
        List<Integer> exits = new ArrayList<>();
        ArchiveTraining training = training(true, exits);

        training.trainThenExit();

        assertThat(exits).containsExactly(0);
    }

    @Test
    void without_the_setting_a_kiosk_neither_trains_nor_exits() {
        List<Integer> exits = new ArrayList<>();
        ArchiveTraining training = training(false, exits);

        training.trainThenExit();

        assertThat(exits).isEmpty();
    }

    /** A training of its own small context (the test's shared one must stay up), aimed at this test's kiosk. */
    private ArchiveTraining training(boolean enabled, List<Integer> exits) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("training", Map.of(
                ArchiveTraining.PROPERTY, String.valueOf(enabled), "local.server.port", String.valueOf(port))));
        context.refresh();
        return new ArchiveTraining(context, context.getEnvironment(), exits::add);
    }
}
