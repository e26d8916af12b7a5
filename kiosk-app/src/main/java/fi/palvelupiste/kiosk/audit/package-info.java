/**
 * The audit log: who looked at or exported personal data, and when. Any feature records an entry with
 * {@link fi.palvelupiste.kiosk.audit.AuditLog#record(String, String)}; entries name the list or action, never
 * the residents' data itself.
 */
@NullMarked
package fi.palvelupiste.kiosk.audit;

import org.jspecify.annotations.NullMarked;
