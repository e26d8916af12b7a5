package fi.palvelupiste.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Palvelupiste kiosk: resident screens at {@code /}, printing to the configured or virtual printer. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class KioskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(KioskApplication.class, args);
    }
}
