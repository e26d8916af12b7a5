package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.kiosk.export.SpreadsheetCsv;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.printing.PrintJobOwner;
import fi.palvelupiste.kiosk.printing.PrintJobPrivacy;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coordinator's personal lists of an event — slots (for the photographer), participants (for the bus),
 * waitlist, promoted from the waitlist — on screen, on A4, on the thermal printer and as CSV. Every one of them
 * is written to the audit log with who and what.
 */
@Service
public class SignupLists {

    /** A list printed at the kiosk is picked up by the coordinator; it need not wait long for a printer. */
    private static final Duration LIST_PRINT_VALIDITY = Duration.ofMinutes(30);
    /** Print jobs of lists are named {@code signup-list-<event id>-<list>}; they belong to the event. */
    static final String LIST_JOB_PREFIX = "signup-list-";

    private final EventRepository events;
    private final SignupRepository signups;
    private final SignupTexts texts;
    private final PrintJobPrivacy printing;
    private final AuditLog audit;
    private final java.time.Clock clock;
    /** On the hub: the sites whose sign-ups a coordinator may read (their areas). */
    private final @Nullable PersonalDataScope scope;

    SignupLists(EventRepository events, SignupRepository signups, SignupTexts texts, PrintJobPrivacy printing,
                AuditLog audit, java.time.Clock clock, ObjectProvider<PersonalDataScope> scope) {
        this.clock = clock;
        this.scope = scope.getIfAvailable();
        this.events = events;
        this.signups = signups;
        this.texts = texts;
        this.printing = printing;
        this.audit = audit;
    }

    /**
     * The list's rows the actor may read (on the hub: those of the sites of their areas); the access is audited with
     * the format it is shown in (screen or A4).
     */
    @Transactional
    public List<ListRow> rows(long eventId, PersonList list, ListFormat format, Actor actor) {
        SignupEvent event = event(eventId);
        Readable readable = readable(event, list, actor);
        audit.record(actor, describe(event, list, format) + readable.shown());
        return readable.rows();
    }

    /** How many people of the list are left out for the actor: signed up at sites outside their areas. */
    @Transactional(readOnly = true)
    public int notShown(long eventId, PersonList list, Actor actor) {
        return readable(event(eventId), list, actor).notShown();
    }

    /** The list as CSV (see {@link SpreadsheetCsv#texts()}); audited. */
    @Transactional
    public byte[] csv(long eventId, PersonList list, Actor actor, Locale locale) {
        SignupEvent event = event(eventId);
        Readable readable = readable(event, list, actor);
        audit.record(actor, describe(event, list, ListFormat.CSV) + readable.shown());
        List<List<String>> table = new ArrayList<>();
        table.add(header(list, locale));
        readable.rows().forEach(row -> table.add(cells(event, list, row, locale)));
        return SpreadsheetCsv.texts().write(table);
    }

    /** Prints the list on the kiosk's thermal printer; audited. Returns the print job's id. */
    @Transactional
    public long print(long eventId, PersonList list, Actor actor, Locale locale) {
        SignupEvent event = event(eventId);
        audit.record(actor, describe(event, list, ListFormat.THERMAL));
        Receipt.Builder paper = Receipt.builder()
                .align(Align.CENTER).bold(true).text(texts.t(locale, list.messageKey())).bold(false)
                .text(event.title().get(locale))
                .text(texts.day(event.date(), locale) + ", " + event.place())
                .rule().align(Align.LEFT);
        List<ListRow> rows = readable(event, list, actor).rows();
        if (rows.isEmpty()) {
            paper.text(texts.t(locale, "signup.list.empty"));
        }
        for (ListRow row : rows) {
            List<String> cells = new ArrayList<>(cells(event, list, row, locale));
            // the phone on a line of its own, so the paper never splits it: the photographer types it in whole
            String phone = cells.remove(PHONE_COLUMN);
            paper.text(String.join("  ", cells.stream().filter(c -> !c.isBlank()).toList()));
            if (!phone.isBlank()) {
                paper.text(phone);
            }
        }
        // a list holds names and phones: marked so, only coordinators see or reprint it on the printer page
        return printing.enqueue(PrintJobOwner.event(eventId), true,
                LIST_JOB_PREFIX + eventId + "-" + list.name().toLowerCase(Locale.ROOT), paper.rule().cut().build(),
                LIST_PRINT_VALIDITY);
    }

    /** Every list has the phone as its third column. */
    public static final int PHONE_COLUMN = 2;

    /** Column headings of a list, in the coordinator's language. */
    public List<String> header(PersonList list, Locale locale) {
        return switch (list) {
            case SLOTS -> List.of(h(locale, "time"), h(locale, "name"), h(locale, "phone"), h(locale, "code"));
            case PARTICIPANTS -> List.of(h(locale, "number"), h(locale, "name"), h(locale, "phone"), h(locale, "needs"));
            case WAITLIST -> List.of(h(locale, "position"), h(locale, "name"), h(locale, "phone"), h(locale, "needs"));
            case PROMOTED -> List.of(h(locale, "promoted"), h(locale, "name"), h(locale, "phone"), h(locale, "time"));
        };
    }

    /** One row's cells, matching {@link #header}. */
    public List<String> cells(SignupEvent event, PersonList list, ListRow row, Locale locale) {
        Signup s = row.signup();
        String phone = s.phone() == null ? "" : FinnishMobile.display(s.phone());
        String slot = row.slot() == null ? "" : texts.time(row.slot().startsAt(), locale);
        return switch (list) {
            case SLOTS -> List.of(slot, s.nameForLists(), phone, s.referenceCode());
            case PARTICIPANTS -> List.of(String.valueOf(row.number()), s.nameForLists(), phone, texts.needs(s.needs(), locale));
            case WAITLIST -> List.of(String.valueOf(row.waitlistPosition()), s.nameForLists(), phone,
                    texts.needs(s.needs(), locale));
            case PROMOTED -> List.of(s.promotedAt() == null ? "" : texts.day(s.promotedAt()
                    .atZoneSameInstant(clock.getZone()).toLocalDate(), locale),
                    s.nameForLists(), s.phone() == null
                            ? texts.t(locale, "signup.list.no-phone-checks-code") : phone, slot);
        };
    }

    /** The rows of a list the actor may read, and how many people the list has in all. */
    private record Readable(List<ListRow> rows, int total, boolean scoped) {
        int notShown() {
            return total - rows.size();
        }

        /** On the hub, the audit says how much of the list the actor's areas let them see. */
        String shown() {
            return scoped ? " (" + rows.size() + " of " + total + " people: their areas)" : "";
        }
    }

    private Readable readable(SignupEvent event, PersonList list, Actor actor) {
        Map<Long, Slot> slots = events.slots(event.id()).stream().collect(Collectors.toMap(Slot::id, Function.identity()));
        List<Signup> all = people(event, list);
        List<Signup> people = all;
        if (scope != null) {
            Set<String> sites = scope.readableSites(actor);
            people = all.stream().filter(s -> sites.contains(s.siteId())).toList();
        }
        List<ListRow> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Signup s = people.get(i);
            rows.add(new ListRow(i + 1, s, s.slotId() == null ? null : slots.get(s.slotId()),
                    list == PersonList.WAITLIST ? i + 1 : 0));
        }
        return new Readable(rows, all.size(), scope != null);
    }

    private List<Signup> people(SignupEvent event, PersonList list) {
        return switch (list) {
            case SLOTS -> signups.confirmedBySlot(event.id());
            case PARTICIPANTS -> signups.ofEvent(event.id(), SignupStatus.CONFIRMED).stream()
                    .sorted(Comparator.comparing(Signup::lastName, String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(Signup::firstName, String.CASE_INSENSITIVE_ORDER)).toList();
            case WAITLIST -> signups.ofEvent(event.id(), SignupStatus.WAITLISTED);
            case PROMOTED -> signups.ofEvent(event.id(), SignupStatus.CONFIRMED).stream()
                    .filter(s -> s.promotedAt() != null)
                    .sorted(Comparator.comparing(Signup::promotedAt).reversed()).toList();
        };
    }

    private SignupEvent event(long eventId) {
        return events.find(eventId).filter(e -> e.personalDataDeletedAt() == null)
                .orElseThrow(() -> new PlanningException("lists.error.no-data"));
    }

    private String h(Locale locale, String column) {
        return texts.t(locale, "signup.column." + column);
    }

    private static String describe(SignupEvent event, PersonList list, ListFormat format) {
        return list.name().toLowerCase(Locale.ROOT) + " list of event " + event.id() + " (" + event.title().in(Language.FI) + ", "
                + event.date() + ") " + switch (format) {
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
