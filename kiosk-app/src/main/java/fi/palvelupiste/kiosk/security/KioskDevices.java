package fi.palvelupiste.kiosk.security;

import fi.palvelupiste.kiosk.KioskProperties;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;

/**
 * Knows the kiosk's own touchscreen browser by its address. Nobody can log in from it, so even a staff member
 * who forgets to log out cannot leave staff pages open for the next resident: staff use the library's PC.
 */
@Component
public class KioskDevices {

    private final List<InetAddress> addresses;

    KioskDevices(KioskProperties properties) {
        this.addresses = properties.security().kioskAddresses().stream()
                .map(String::strip).filter(a -> !a.isEmpty()).map(KioskDevices::parse).filter(Objects::nonNull)
                .toList();
    }

    /** Whether the kiosk's own addresses are configured at all (on a Pi they are; on a developer's machine not). */
    public boolean anyConfigured() {
        return !addresses.isEmpty();
    }

    public boolean isKioskDevice(String remoteAddress) {
        InetAddress address = parse(remoteAddress);
        return address != null && addresses.contains(address);
    }

    private static InetAddress parse(String address) {
        if (address == null || !address.matches("[0-9a-fA-F:.%]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
