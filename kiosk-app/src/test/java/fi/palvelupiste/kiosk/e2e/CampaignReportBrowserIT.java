package fi.palvelupiste.kiosk.e2e;

import fi.palvelupiste.kiosk.campaign.CampaignFixtures;
import fi.palvelupiste.kiosk.campaign.Campaigns;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.ride.RideStop;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator opens the funders' report of a round (a photo day, its permit trip and the trip's bus) in Chromium:
 * its charts pass axe, and printed on A4 it is a few pages.
 */
class CampaignReportBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Rahoittaja-raportti-2026";
    /** A page object of a PDF, not the pages' tree ("/Type /Pages"). */
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?!s)");

    @Autowired
    Campaigns campaigns;
    @Autowired
    EventPlanning planning;
    @Autowired
    RidePlanning rides;
    @Autowired
    SignupBooking signups;
    @Autowired
    Clock clock;

    @Test
    void the_report_passes_axe_and_prints_on_at_most_three_a4_pages() throws IOException {
        staffAccount(accounts, "rahoitus-e2e", "Riitta Raportoija", Set.of(Role.COORDINATOR), PASSWORD);
        CampaignFixtures.Round round = CampaignFixtures.round(campaigns, planning, rides, signups, clock,
                "Henkkarit Tervossa");
        campaigns.savePopulation("Tervo", 1500, CampaignFixtures.COORDINATOR);
        List<String> languages = List.of("fi", "fi", "sv", "uk", "ar", "fi");
        for (int i = 0; i < languages.size(); i++) {
            signups.signUp(new SignupRequest(round.photoDay(), signups.slots(round.photoDay()).get(i / 2).id(),
                    SignupFixtures.person("Aino", "Raportti" + (char) ('a' + i), null), null,
                    Locale.of(languages.get(i))));
        }
        List<RideStop> stops = rides.stops(round.bus());
        for (int i = 0; i < 3; i++) {
            signups.signUp(new SignupRequest(round.trip(), signups.slots(round.trip()).getFirst().id(),
                    SignupFixtures.person("Eino", "Kyyti" + (char) ('a' + i), null), null, Locale.of("fi")),
                    new RideRequest(stops.get(i % stops.size()).id(), 1, false));
        }
        driver.manage().deleteAllCookies();
        logInAsStaff("rahoitus-e2e", PASSWORD);

        driver.get(url("/campaigns/" + round.campaign() + "/report"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report-funnel svg")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Raportti rahoittajille");
        Chromium.assertAccessible(driver, "funders' report");
        Chromium.screenshot(driver, "campaign-report.png");

        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        a4.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(a4).getContent());
        Path file = Path.of("target", "screenshots", "campaign-report.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        long pages = PDF_PAGE.matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).results().count();
        System.out.println("The funders' report prints on " + pages + " A4 page(s): " + file.toAbsolutePath());
        assertThat(pages).as("A4 pages").isBetween(1L, 3L);
        driver.manage().deleteAllCookies();
    }
}
