package fi.palvelupiste.kiosk.photoday;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings of the photo day ({@code kiosk.photo-day.*}).
 *
 * @param noShowAfter a booked person not checked in this long after their slot began frees the place for walk-ins
 */
@Validated
@ConfigurationProperties("kiosk.photo-day")
public record PhotoDayProperties(@NotNull @DefaultValue("15m") Duration noShowAfter) {
}
