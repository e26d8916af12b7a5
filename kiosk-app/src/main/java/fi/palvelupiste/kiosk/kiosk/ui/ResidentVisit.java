package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

import fi.palvelupiste.kiosk.kiosk.ResidentMemory;

import java.util.List;
import java.util.UUID;

/**
 * One resident's time at the kiosk screen, from the start screen to the idle reset. The kiosk's browser keeps one
 * session all day, so what belongs to one person (their wrong reference codes, say) is kept per visit instead: the
 * idle reset starts a new visit, and the next resident a fresh one.
 */
public final class ResidentVisit {

    private final String id = UUID.randomUUID().toString();

    private ResidentVisit() {
    }

    /** The visit going on in this screen, started on first use. */
    public static String of(UI ui) {
        ResidentVisit visit = ComponentUtil.getData(ui, ResidentVisit.class);
        if (visit == null) {
            visit = new ResidentVisit();
            ComponentUtil.setData(ui, ResidentVisit.class, visit);
        }
        return visit.id;
    }

    /** The device the screen is on, by its address: the kiosk's touchscreen is one device all day. */
    public static String device(UI ui) {
        String address = ui.getSession().getBrowser().getAddress();
        return address == null || address.isBlank() ? "unknown" : address;
    }

    /** Called at the idle reset: the visit that ended is handed to whoever kept something for it, then forgotten. */
    static void end(UI ui, List<ResidentMemory> memories) {
        ResidentVisit visit = ComponentUtil.getData(ui, ResidentVisit.class);
        ComponentUtil.setData(ui, ResidentVisit.class, null);
        if (visit != null) {
            memories.forEach(memory -> memory.forgetVisit(visit.id));
        }
    }
}
