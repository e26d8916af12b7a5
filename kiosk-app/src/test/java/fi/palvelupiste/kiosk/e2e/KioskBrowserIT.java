package fi.palvelupiste.kiosk.e2e;

import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.virtual.PrintedSlip;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main resident path in real headless Chromium: take a queue ticket, with an axe-core accessibility scan of
 * every screen on the way, and the ticket checked on the virtual printer's paper.
 */
class KioskBrowserIT extends BrowserTest {

    @Autowired
    PrinterPort printer;

    @Test
    void a_resident_takes_a_queue_ticket_and_it_comes_out_of_the_printer() throws IOException {
        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tervetuloa!"));
        assertThat(driver.getTitle()).isEqualTo("Alku – Palvelupiste");
        Chromium.assertAccessible(driver, "start screen");
        Chromium.screenshot(driver, "start.png");

        driver.findElement(By.id("start-choice-queue-A")).click();

        WebElement number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number")));
        String ticketNumber = number.getText();
        assertThat(ticketNumber).matches("A\\d{3}");
        wait.until(ExpectedConditions.textToBe(By.id("ticket-print-state"), "Ota vuoronumero tulostimesta."));
        assertThat(driver.getTitle()).isEqualTo("Vuoronumerosi – Palvelupiste");
        Chromium.assertAccessible(driver, "ticket screen");
        Chromium.screenshot(driver, "ticket.png");

        PrintedSlip slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(ticketNumber));
        assertThat(slip.text()).contains("Digituki", "Vuoronumerosi", "Edelläsi jonossa:");
        byte[] bytes = Files.readAllBytes(slip.escPosFile());
        assertThat(bytes).as("ä in code page 858").contains((byte) 0x84);
        assertThat(bytes.length).as("a queue ticket fits the 400-byte budget").isLessThanOrEqualTo(400);

        driver.findElement(By.id("ticket-done")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tervetuloa!"));
    }

    @Test
    void the_open_kiosk_page_sends_the_heartbeat_the_watchdog_reads() {
        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tervetuloa!"));

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kiosk/heartbeat")).build();
        Pattern answer = Pattern.compile("\\{\"ageSeconds\":(-?\\d+)}");
        long age = wait.until(d -> {
            try {
                Matcher matcher = answer.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
                return matcher.matches() && Long.parseLong(matcher.group(1)) >= 0 ? Long.parseLong(matcher.group(1))
                        : null;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(age).as("a beat came from the page just opened").isBetween(0L, 10L);
    }

    @Test
    void the_language_buttons_change_the_screen_and_the_page_language() {
        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tervetuloa!"));

        driver.findElement(By.id("language-sv")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Välkommen!"));
        wait.until(d -> "sv".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(driver.findElement(By.id("start-choice-queue-A")).getText()).contains("Digistöd");
        Chromium.assertAccessible(driver, "start screen in Swedish");
    }

}
