package fi.palvelupiste.kiosk.photoday.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fi.palvelupiste.kiosk.KioskOnly;
import fi.palvelupiste.kiosk.i18n.DateWords;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.kiosk.ui.WaitingRoomPart;
import fi.palvelupiste.kiosk.photoday.PhotoDayLine;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.queue.QueueUpdates;
import fi.palvelupiste.kiosk.signup.SignupEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The photo day on the waiting-room TV, under the queues' calls: who is with the photographer now and the next few
 * with honest times, updated by push. The TV is public, so nobody is named: a booked person is their slot time
 * ("10.20"), a walk-in their number ("K 7"). Two photo days here today: each line under its name and place.
 * Hidden on days without a photo day.
 */
class PhotoDayDisplay extends Section {

    /** How many are shown after "now": enough to see one's turn coming, few enough to read from across the hall. */
    static final int NEXT_SHOWN = 4;

    private final PhotoDays photoDays;
    private final DateWords dates;
    private final Clock clock;
    /** Each photo day held here today, under its name when there are several (each has a line of its own). */
    final Div days = new Div();
    private final LineFollower follower;

    PhotoDayDisplay(PhotoDays photoDays, QueueUpdates updates, DateWords dates, Clock clock) {
        this.photoDays = photoDays;
        this.follower = new LineFollower(updates, this::refresh);
        this.dates = dates;
        this.clock = clock;
        setId("photo-day-display");
        addClassName("photo-day-display");
        add(new H2(allLanguages(language -> getTranslation(language.locale(), "photoday.display.heading"))), days);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        follower.start(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        follower.stop();
    }

    /** Draws the lines as they stand. */
    void refresh() {
        days.removeAll();
        List<SignupEvent> today = photoDays.today();
        setVisible(!today.isEmpty());
        for (SignupEvent day : today) {
            Div shown = new Div();
            shown.setId("photo-day-display-" + day.id());
            if (today.size() > 1) {
                shown.add(new H3(allLanguages(language -> day.title().get(language.locale())) + " – " + day.place()));
            }
            shown.add(line(photoDays.line(day)));
            days.add(shown);
        }
    }

    private Component[] line(PhotoDayLine line) {
        Div now = new Div();
        now.addClassName("photo-day-display-now");
        Div next = new Div();
        next.addClassName("photo-day-display-next");
        now.add(new Span(allLanguages(language -> getTranslation(language.locale(), "photoday.display.now"))));
        PhotoDayQueue.Person current = line.plan().now();
        now.add(current == null ? caption(allLanguages(language -> getTranslation(language.locale(), "photoday.display.nobody")))
                : label(current, line));
        next.add(new Span(allLanguages(language -> getTranslation(language.locale(), "photoday.display.next"))));
        List<PhotoDayQueue.Turn> ahead = line.plan().ahead().stream().limit(NEXT_SHOWN).toList();
        for (PhotoDayQueue.Turn turn : ahead) {
            Div row = new Div(label(turn.person(), line), caption(when(turn.expectedAt())));
            row.addClassName("photo-day-display-row");
            next.add(row);
        }
        return new Component[] {now, next};
    }

    private Span label(PhotoDayQueue.Person person, PhotoDayLine line) {
        String text = switch (person) {
            case PhotoDayQueue.Booked booked -> dates.time(line.attendee(booked).orElseThrow().slotStartsAt(),
                    Language.FI.locale());
            case PhotoDayQueue.WalkIn walkIn -> line.walkIn(walkIn).orElseThrow().shown();
        };
        Span label = new Span(text);
        label.addClassName("photo-day-display-label");
        return label;
    }

    private String when(Instant expected) {
        Instant shown = expected.isBefore(clock.instant()) ? clock.instant() : expected;
        return allLanguages(language -> getTranslation(language.locale(), "photoday.display.about",
                dates.time(shown.atZone(clock.getZone()), language.locale())));
    }

    private static Span caption(String text) {
        Span caption = new Span(text);
        caption.addClassName("photo-day-display-caption");
        return caption;
    }

    private static String allLanguages(Function<Language, String> text) {
        return Language.staffPages().stream().map(text).distinct().collect(Collectors.joining(" · "));
    }

    /** Puts the photo day on every display. */
    @org.springframework.stereotype.Component
    @KioskOnly
    static class Part implements WaitingRoomPart {

        private final PhotoDays photoDays;
        private final QueueUpdates updates;
        private final DateWords dates;
        private final Clock clock;

        Part(PhotoDays photoDays, QueueUpdates updates, DateWords dates, Clock clock) {
            this.photoDays = photoDays;
            this.updates = updates;
            this.dates = dates;
            this.clock = clock;
        }

        @Override
        public Component create() {
            return new PhotoDayDisplay(photoDays, updates, dates, clock);
        }
    }
}
