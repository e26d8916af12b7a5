/**
 * Campaigns: one round of a municipality's ID-card campaign (its photo days, permit trips, rides, forms and
 * partners), and "copy for the next round", which makes drafts of its events and rides with new dates. Residents
 * are offered a draft only once the coordinator publishes the round.
 */
@NullMarked
package fi.palvelupiste.kiosk.campaign;

import org.jspecify.annotations.NullMarked;
