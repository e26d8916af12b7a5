package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import fi.palvelupiste.kiosk.kiosk.ScreenHeartbeat;

/** Sends the resident screen's heartbeat to the server while the page lives (see {@link ScreenHeartbeat}). */
class HeartbeatBeacon extends Div {

    private final ScreenHeartbeat heartbeat;

    HeartbeatBeacon(ScreenHeartbeat heartbeat) {
        this.heartbeat = heartbeat;
        setId("screen-heartbeat");
        getElement().setAttribute("aria-hidden", "true");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                const beacon = this;
                if (window.palvelupisteHeartbeat) { clearInterval(window.palvelupisteHeartbeat); }
                beacon.$server.beat();
                window.palvelupisteHeartbeat = setInterval(() => {
                  if (beacon.isConnected) { beacon.$server.beat(); }
                }, $0);
                """, ScreenHeartbeat.INTERVAL.toMillis());
    }

    @ClientCallable
    void beat() {
        VaadinRequest request = VaadinRequest.getCurrent();
        heartbeat.beat(request == null ? null : request.getRemoteAddr());
    }
}
