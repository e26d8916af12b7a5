package fi.palvelupiste.kiosk.signup;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings of sign-ups ({@code kiosk.signup.*}).
 *
 * @param retentionDays        personal data of an event is deleted this many days after the event's date
 * @param retentionCron        when the deletion runs (Spring cron: second minute hour day month weekday)
 * @param freeCodeAttempts     wrong reference codes a resident's screen may try before it is slowed down
 * @param deviceCodeAttempts   wrong reference codes one device (client address) may try within the window before
 *                             all its screens are slowed down and staff are told
 * @param deviceCodeWindow     the sliding time window of that count
 */
@Validated
@ConfigurationProperties("kiosk.signup")
public record SignupProperties(
        @Min(1) @DefaultValue("30") int retentionDays,
        @NotBlank @DefaultValue("0 15 3 * * *") String retentionCron,
        @Min(1) @DefaultValue("3") int freeCodeAttempts,
        @Min(1) @DefaultValue("10") int deviceCodeAttempts,
        @NotNull @DefaultValue("10m") Duration deviceCodeWindow) {
}
