package fi.palvelupiste.kiosk.kiosk;

/**
 * Something a feature keeps for one resident's visit to the kiosk screen (for example their wrong reference codes),
 * forgotten when the idle reset ends the visit, so the next resident starts fresh. The visit is an opaque id.
 */
public interface ResidentMemory {

    void forgetVisit(String visit);
}
