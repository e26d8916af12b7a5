package fi.palvelupiste.kiosk.forms;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the forms library ({@code kiosk.forms.*}).
 *
 * @param maxBytes the byte budget of one printed form on the configured printer: at 9600 baud 3,000 bytes take
 *                 about three seconds on the serial line
 */
@Validated
@ConfigurationProperties("kiosk.forms")
public record FormsProperties(
        @Min(500) @DefaultValue("3000") int maxBytes) {
}
