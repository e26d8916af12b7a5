/**
 * What every kind of shared record needs between a hub and its kiosks (DESIGN.md §8), whatever feature it belongs to:
 * escrow of places ({@link fi.palvelupiste.kiosk.sync.Escrow} over each feature's
 * {@link fi.palvelupiste.kiosk.sync.Pools}), the kiosk's outbox ({@link fi.palvelupiste.kiosk.sync.Outbox}) and
 * counts for reporting going up through it ({@link fi.palvelupiste.kiosk.sync.CountsUp}). The features (sign-ups,
 * rides, queue statistics, form prints) implement its interfaces; the hub package carries its messages.
 */
@NullMarked
package fi.palvelupiste.kiosk.sync;

import org.jspecify.annotations.NullMarked;
