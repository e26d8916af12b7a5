/** Staff accounts, roles, logins and the kiosk device's own login. */
@NullMarked
package fi.palvelupiste.kiosk.security;

import org.jspecify.annotations.NullMarked;
