package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.staff.StaffNotices;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tells staff when a device goes over its limit of wrong reference codes: a notice on every staff page while the
 * limit is in force, an audit entry and a warning in the log at the moment it trips.
 */
@Component
class CodeGuessingAlerts implements StaffNotices {

    private static final Logger log = LoggerFactory.getLogger(CodeGuessingAlerts.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final CodeAttemptGuard guard;
    private final SignupTexts texts;
    private final AuditLog audit;
    private final Clock clock;
    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("staff-notices").daemon(true).factory());

    CodeGuessingAlerts(CodeAttemptGuard guard, SignupTexts texts, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A device has just reached its limit of wrong codes in the window. */
    void tripped(String device) {
        long minutes = guard.window().toMinutes();
        audit.record(Actor.KIOSK.name(), "reference codes: the limit of wrong codes in " + minutes + " min was reached from "
                + device + "; tries from it are slowed down");
        log.warn("Many wrong reference codes from {} within {} min: tries from it are slowed down", device, minutes);
        delivery.execute(() -> subscribers.forEach(Runnable::run));
    }

    @Override
    public List<String> current(Locale locale) {
        return guard.guessingNow().stream().map(g -> texts.t(locale, "signup.notice.guessing", g.wrongInWindow(),
                Math.max(1, guard.window().toMinutes()), g.device(),
                TIME.format(g.lastWrong().atZone(clock.getZone())))).toList();
    }

    @Override
    public Runnable subscribe(Runnable changed) {
        subscribers.add(changed);
        return () -> subscribers.remove(changed);
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
