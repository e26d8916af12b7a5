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
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident prints the local digital-support sheet in real headless Chromium, with an axe-core scan of the list of
 * forms and of the preview, and the sheet checked on the virtual printer's paper.
 */
class FormsBrowserIT extends BrowserTest {

    @Autowired
    PrinterPort printer;

    @Test
    void a_resident_prints_the_local_digital_support_sheet() throws IOException {
        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tervetuloa!"));

        driver.findElement(By.id("start-choice-forms")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tulosta lomake"));
        assertThat(driver.getTitle()).isEqualTo("Lomakkeet – Palvelupiste");
        Chromium.assertAccessible(driver, "list of forms");
        Chromium.screenshot(driver, "forms-list.png");

        driver.findElement(By.id("form-choice-digituki")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Digituki täällä"));
        WebElement picture = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forms-preview-image")));
        wait.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth", picture)).intValue() == 384);
        assertThat(driver.getTitle()).isEqualTo("Digituki täällä – Palvelupiste");
        WebElement print = driver.findElement(By.id("forms-print"));
        assertThat(print.getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(64);
        assertThat(print.getLocation().getY() + print.getSize().getHeight()).as("the print button is on screen")
                .isLessThanOrEqualTo(800);
        Chromium.assertAccessible(driver, "form preview");
        Chromium.screenshot(driver, "forms-preview.png");

        print.click();

        wait.until(ExpectedConditions.textToBe(By.id("forms-print-state"), "Ota lomake tulostimesta."));
        Chromium.assertAccessible(driver, "form printing");
        PrintedSlip slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains("DIGITUKI"));
        assertThat(slip.text()).contains("Kirjasto", "Digituki ti ja to klo 13-16.", "Apu on maksutonta.")
                .doesNotContain("<<", "?");
        assertThat(Files.readAllBytes(slip.escPosFile()).length).isLessThanOrEqualTo(3000);

        driver.findElement(By.id("forms-done")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tervetuloa!"));
    }
}
