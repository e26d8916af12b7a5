package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.backup.PersonalDataDeleted;
import fi.palvelupiste.kiosk.printing.PrintJobOwner;
import fi.palvelupiste.kiosk.printing.PrintJobPrivacy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes each event's personal data (names, phones, needs, reference codes, the slips and printed lists in the
 * print queue with their paper files) {@code kiosk.signup.retention-days} days after the event, every night. Before
 * that, the numbers per event, slot, status and municipality are kept in {@code signup_count} for reporting to
 * funders. Once the deletion commits, copies of the database that hold the data go too (CopiesOfDeletedData).
 */
@Service
public class SignupRetention {

    private static final Logger log = LoggerFactory.getLogger(SignupRetention.class);

    private final EventRepository events;
    private final SignupRepository signups;
    private final SignupProperties settings;
    private final Clock clock;
    private final PrintJobPrivacy printJobs;
    private final ApplicationEventPublisher published;
    /** Rides on their own go by their date. */
    private final ObjectProvider<SignupRideRetention> rides;
    /** Other features' parts of an event's data: its ride bookings, its photo day's walk-ins. */
    private final ObjectProvider<EventRetentionStep> steps;

    SignupRetention(EventRepository events, SignupRepository signups, SignupProperties settings, Clock clock,
                    ObjectProvider<SignupRideRetention> rides, ObjectProvider<EventRetentionStep> steps,
                    PrintJobPrivacy printJobs, ApplicationEventPublisher published) {
        this.steps = steps;
        this.printJobs = printJobs;
        this.published = published;
        this.rides = rides;
        this.events = events;
        this.signups = signups;
        this.settings = settings;
        this.clock = clock;
    }

    // the scheduler calls through the proxy, this.deleteExpired does not: without this the night ran without a transaction
    @Scheduled(cron = "${kiosk.signup.retention-cron:0 15 3 * * *}")
    @Transactional
    void nightly() {
        deleteExpired(LocalDate.now(clock));
    }

    /**
     * Deletes the personal data of every event held {@code retention-days} or more days before {@code today}.
     *
     * @return the ids of the events whose data was deleted
     */
    @Transactional
    public List<Long> deleteExpired(LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<Long> done = new ArrayList<>();
        for (SignupEvent event : events.withPersonalDataOnOrBefore(today.minusDays(settings.retentionDays()))) {
            signups.keepCounts(event.id(), event.municipality(), event.everyoneChecksIn(), now);
            int jobs = printJobs.delete(signups.unlinkSlipsOfEvent(event.id()))
                    + printJobs.deleteOf(PrintJobOwner.event(event.id()));
            int deleted = signups.deleteOfEvent(event.id());
            steps.orderedStream().forEach(step -> step.deleteOfEvent(event.id(), now));
            events.markPersonalDataDeleted(event.id(), now);
            log.info("Deleted the personal data of {} sign-up(s) and {} print job(s) of event {} ({}), held on {}",
                    deleted, jobs, event.id(), event.title().in(Language.FI), event.date());
            done.add(event.id());
        }
        int standalone = rides.stream()
                .mapToInt(ride -> ride.deleteStandaloneOnOrBefore(today.minusDays(settings.retentionDays()), now)).sum();
        if (!done.isEmpty() || standalone > 0) {
            published.publishEvent(new PersonalDataDeleted(now.toInstant()));
        }
        return done;
    }
}
