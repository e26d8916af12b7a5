package fi.palvelupiste.kiosk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The kiosk's own settings ({@code kiosk.*}); every key is listed with its default in README.md and in
 * provisioning's configuration template.
 *
 * @param dataDir         where the database and the virtual printer's output live
 * @param siteName        the service point's name, shown on screens and tickets ("Kirjasto")
 * @param siteId          this site's id, written on every event, slot, ride, form and sign-up made here, while the
 *                        kiosk is not linked to a hub; a linked kiosk uses the id its hub gave (site.SiteIdentity)
 * @param defaultLanguage the language a fresh screen starts in (fi, sv or en)
 * @param timeZone        the local time zone: ticket numbering starts again at local midnight
 * @param idle            inactivity reset of resident screens
 * @param printer         which printer profile the slips are laid out for
 * @param security        staff log-in settings
 * @param gpio            physical call-next button and status LED on the Pi's header
 * @param backup          nightly online backup of the database
 * @param queue           queue tickets' lifetime
 */
@Validated
@ConfigurationProperties("kiosk")
public record KioskProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @NotBlank @DefaultValue("Palvelupiste") String siteName,
        @NotBlank @Size(max = 60) @DefaultValue("local") String siteId,
        @NotBlank @DefaultValue("fi") String defaultLanguage,
        @NotNull @DefaultValue("Europe/Helsinki") ZoneId timeZone,
        @Valid @NotNull @DefaultValue Idle idle,
        @Valid @NotNull @DefaultValue Printer printer,
        @Valid @NotNull @DefaultValue Security security,
        @Valid @NotNull @DefaultValue Gpio gpio,
        @Valid @NotNull @DefaultValue Backup backup,
        @Valid @NotNull @DefaultValue Queue queue) {

    /**
     * @param timeout how long a resident screen waits for a touch before it returns to the start screen
     * @param warning how long before that the "Are you still there?" countdown appears
     */
    public record Idle(@NotNull @DefaultValue("60s") Duration timeout, @NotNull @DefaultValue("15s") Duration warning) {
    }

    /**
     * @param profile        printer model profile id: generic-58mm or epson-80mm
     * @param port           serial device of a real printer (/dev/kiosk-printer, /dev/serial0, /dev/ttyUSB0);
     *                       empty = the virtual printer writing into {@code <data-dir>/printer}
     * @param baudRate       the printer's serial speed, when it differs from the profile's
     * @param retryInterval  how often jobs that failed are tried again
     * @param statusInterval how often the printer's status is asked in the background (every second at most
     *                       while it cannot print, so that a printer that is back prints within seconds)
     * @param statusReplies  whether the printer answers status requests, when it differs from the profile's
     *                       (false for a cheap model that never answers: its slips are sent without a promise)
     */
    public record Printer(
            @NotBlank @DefaultValue("generic-58mm") String profile,
            @DefaultValue("") String port,
            Integer baudRate,
            Boolean statusReplies,
            @NotNull @DefaultValue("5s") Duration retryInterval,
            @NotNull @DefaultValue("5s") Duration statusInterval) {
    }

    /**
     * @param callButtonPin BCM number of the call-next button's pin (to ground, internal pull-up); none = no button
     * @param callButtonDesk the desk whose "call next" the button presses, by its name (e.g. "Digituki 1")
     * @param statusLedPin  BCM number of the status LED's pin: on = ready, blinking = needs attention, off = no printer
     */
    public record Gpio(Integer callButtonPin, @DefaultValue("") String callButtonDesk, Integer statusLedPin) {
    }

    /**
     * @param enabled whether the nightly backup runs
     * @param cron    when (Spring cron: second minute hour day month weekday)
     * @param keep    how many backups to keep in {@code <data-dir>/backup}
     */
    public record Backup(@DefaultValue("true") boolean enabled, @NotBlank @DefaultValue("0 30 2 * * *") String cron,
                         @DefaultValue("7") int keep) {
    }

    /**
     * @param initialAdminPassword the first admin's one-time password; empty = a random one, written to the log
     * @param kioskAddresses       addresses of the kiosk's own touchscreen browser (on a Pi: 127.0.0.1 and ::1):
     *                             nobody can log in from them, so a resident can never reach staff pages there
     */
    public record Security(@DefaultValue("") String initialAdminPassword, @DefaultValue List<String> kioskAddresses) {
    }

    /**
     * @param retentionDays tickets older than this many days are deleted (after their day's statistics are kept)
     * @param catchUpDelay  how long after start-up the days missed while the kiosk was off are summed up: later than
     *                      the first touch, so that the start screen is not kept waiting for it
     */
    public record Queue(@DefaultValue("30") int retentionDays, @NotNull @DefaultValue("2m") Duration catchUpDelay) {
    }
}
