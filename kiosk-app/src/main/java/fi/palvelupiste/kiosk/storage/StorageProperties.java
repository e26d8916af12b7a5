package fi.palvelupiste.kiosk.storage;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings of the kiosk's storage ({@code kiosk.storage.*}).
 *
 * @param lowSpace      below this much free space on the data directory's disk staff are told, and the reserve
 *                      file is given up so the database can go on saving queue numbers
 * @param reserve       the size of the reserve file kept in the data directory for that moment
 * @param checkInterval how often free space is looked at
 */
@Validated
@ConfigurationProperties("kiosk.storage")
public record StorageProperties(
        @NotNull @DefaultValue("200MB") DataSize lowSpace,
        @NotNull @DefaultValue("32MB") DataSize reserve,
        @NotNull @DefaultValue("30s") Duration checkInterval) {
}
