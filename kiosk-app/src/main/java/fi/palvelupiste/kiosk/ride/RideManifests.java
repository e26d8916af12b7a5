package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.export.SpreadsheetCsv;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.printing.PrintJobOwner;
import fi.palvelupiste.kiosk.printing.PrintJobPrivacy;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.signup.ListFormat;
import fi.palvelupiste.kiosk.signup.PersonalDataScope;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The driver's manifest of a ride — per stop in pickup order: time, names, seats, wheelchair, phone — on screen,
 * A4, the thermal printer and CSV, and the coordinator's summary (seats per stop, wheelchair places, snacks). Every
 * look at names is written to the audit log, like the sign-up lists.
 */
@Service
public class RideManifests {

    /** A manifest printed at the kiosk is picked up by the coordinator; it need not wait long for a printer. */
    private static final Duration MANIFEST_PRINT_VALIDITY = Duration.ofMinutes(30);
    /** Print jobs of manifests are named {@code ride-manifest-<ride id>}; they belong to the ride. */
    static final String MANIFEST_JOB_PREFIX = "ride-manifest-";

    private final RideRepository rides;
    private final RideBookings service;
    private final RideSlip slip;
    private final SignupTexts texts;
    private final PrintJobPrivacy printing;
    private final AuditLog audit;
    /** On the hub: whose bookings a coordinator may read (their areas' sites); absent on a kiosk. */
    private final @Nullable PersonalDataScope scope;

    RideManifests(RideRepository rides, RideBookings service, SignupTexts texts, RideSlip slip, PrintJobPrivacy printing,
                  AuditLog audit, ObjectProvider<PersonalDataScope> scope) {
        this.slip = slip;
        this.rides = rides;
        this.service = service;
        this.texts = texts;
        this.printing = printing;
        this.audit = audit;
        this.scope = scope.getIfAvailable();
    }

    /** The manifest's rows in pickup order; audited with the format it is shown in (screen or A4). */
    @Transactional
    public List<ManifestRow> rows(long rideId, ListFormat format, Actor actor) {
        Ride ride = ride(rideId);
        audit.record(actor, describe(ride, format));
        return readable(ride, actor);
    }

    /**
     * How many bookings of the ride the actor may not read (on the hub: made at sites outside their areas); the lists
     * leave them out, the counts do not.
     */
    @Transactional(readOnly = true)
    public int notShown(long rideId, Actor actor) {
        Ride ride = ride(rideId);
        return rides.manifest(ride.id()).size() - readable(ride, actor).size();
    }

    private List<ManifestRow> readable(Ride ride, Actor actor) {
        List<ManifestRow> all = rides.manifest(ride.id());
        if (scope == null) {
            return all;
        }
        Set<String> sites = scope.readableSites(actor);
        return all.stream().filter(row -> sites.contains(row.booking().siteId())).toList();
    }

    /** The phone's column in {@link #header} and {@link #cells}. */
    public static final int PHONE_COLUMN = 5;

    public List<String> header(Locale locale) {
        return List.of(h(locale, "time"), h(locale, "stop"), h(locale, "name"), h(locale, "seats"),
                h(locale, "wheelchair"), h(locale, "phone"), h(locale, "code"));
    }

    public List<String> cells(ManifestRow row, Locale locale) {
        RideBooking b = row.booking();
        return List.of(texts.time(row.stop().pickupAt(), locale), row.stop().place(), b.nameForLists(),
                String.valueOf(b.seats()), texts.t(locale, b.wheelchair() ? "ride.yes" : "ride.no"),
                b.phone() == null ? "" : FinnishMobile.display(b.phone()), b.referenceCode());
    }

    /** The manifest as CSV ({@link SpreadsheetCsv#texts()}); audited. */
    @Transactional
    public byte[] csv(long rideId, Actor actor, Locale locale) {
        Ride ride = ride(rideId);
        audit.record(actor, describe(ride, ListFormat.CSV));
        List<List<String>> table = new ArrayList<>();
        table.add(header(locale));
        readable(ride, actor).forEach(row -> table.add(cells(row, locale)));
        return SpreadsheetCsv.texts().write(table);
    }

    /** The driver's copy on the kiosk's thermal printer, a heading per stop; audited. Returns the job's id. */
    @Transactional
    public long print(long rideId, Actor actor, Locale locale) {
        Ride ride = ride(rideId);
        audit.record(actor, describe(ride, ListFormat.THERMAL));
        // names and phones: marked so, only coordinators see or reprint it on the printer page
        return printing.enqueue(PrintJobOwner.ride(ride.id()), true, MANIFEST_JOB_PREFIX + ride.id(),
                manifest(ride, locale), MANIFEST_PRINT_VALIDITY);
    }

    /** The thermal manifest itself (also measured by the print-size bench). */
    Receipt manifest(Ride ride, Locale locale) {
        Receipt.Builder paper = Receipt.builder()
                .align(Align.CENTER).bold(true).text(texts.t(locale, "ride.manifest.heading")).bold(false)
                .text(service.what(ride, locale))
                .text(texts.day(ride.date(), locale))
                .text(texts.t(locale, "ride.slip.vehicle", texts.t(locale, ride.vehicle().messageKey())))
                .rule().align(Align.LEFT);
        Map<RideStop, List<RideBooking>> byStop = new LinkedHashMap<>();
        rides.stops(ride.id()).forEach(stop -> byStop.put(stop, new ArrayList<>()));
        rides.manifest(ride.id()).forEach(row -> byStop.get(row.stop()).add(row.booking()));
        for (Map.Entry<RideStop, List<RideBooking>> stop : byStop.entrySet()) {
            int seats = stop.getValue().stream().mapToInt(RideBooking::seats).sum();
            long wheelchairs = stop.getValue().stream().filter(RideBooking::wheelchair).count();
            paper.bold(true).text(texts.time(stop.getKey().pickupAt(), locale) + " " + stop.getKey().place()).bold(false)
                    .text(texts.t(locale, "ride.manifest.stop-count", seats, wheelchairs));
            for (RideBooking b : stop.getValue()) {
                // the places in words ("pyörätuolipaikka", not "0 +pp"); the phone on a line of its own, never split
                paper.text("[ ] " + b.nameForLists() + ": " + slip.places(b, locale));
                if (b.phone() != null) {
                    paper.text(FinnishMobile.display(b.phone()));
                }
            }
        }
        int seats = byStop.values().stream().flatMap(List::stream).mapToInt(RideBooking::seats).sum();
        long wheelchairs = byStop.values().stream().flatMap(List::stream).filter(RideBooking::wheelchair).count();
        return paper.rule().bold(true).text(texts.t(locale, "ride.manifest.total", seats, wheelchairs)).bold(false)
                .text(texts.t(locale, "ride.manifest.privacy"))
                .cut().build();
    }

    /** Seats and wheelchair places per stop of every ride to an event (no names: not audited). */
    public List<StopCount> summary(long eventId) {
        List<StopCount> counts = new ArrayList<>();
        for (Ride ride : rides.ofEvent(eventId)) {
            counts.addAll(summaryOf(ride));
        }
        return counts;
    }

    /** Seats and wheelchair places per stop of one ride. */
    public List<StopCount> summaryOf(Ride ride) {
        Map<Long, int[]> byStop = new LinkedHashMap<>();
        rides.stops(ride.id()).forEach(stop -> byStop.put(stop.id(), new int[3]));
        for (ManifestRow row : rides.manifest(ride.id())) {
            int[] n = byStop.get(row.stop().id());
            n[0]++;
            n[1] += row.booking().seats();
            n[2] += row.booking().wheelchair() ? 1 : 0;
        }
        return rides.stops(ride.id()).stream().map(stop -> {
            int[] n = byStop.get(stop.id());
            return new StopCount(ride, stop, n[0], n[1], n[2]);
        }).toList();
    }

    /** Snacks for a trip: one per traveller on every ride to the event. */
    public int snacks(long eventId) {
        return summary(eventId).stream().mapToInt(StopCount::travellers).sum();
    }

    private Ride ride(long rideId) {
        return rides.find(rideId).filter(r -> r.personalDataDeletedAt() == null)
                .orElseThrow(() -> new RideRefusedException("ride.error.no-data"));
    }

    private String h(Locale locale, String column) {
        return texts.t(locale, "ride.column." + column);
    }

    private static String describe(Ride ride, ListFormat format) {
        return "manifest of ride " + ride.id() + " (" + ride.name().in(Language.FI) + ", " + ride.date() + ") " + switch (format) {
            case SCREEN -> "viewed on screen";
            case A4 -> "opened as an A4 page";
            case THERMAL -> "printed on the kiosk printer";
            case CSV -> "exported as CSV";
        };
    }

    /** Whether a list can be printed on this node's thermal printer: on a kiosk, not on the hub (A4 and CSV there). */
    public boolean printsHere() {
        return printing.printsHere();
    }
}
