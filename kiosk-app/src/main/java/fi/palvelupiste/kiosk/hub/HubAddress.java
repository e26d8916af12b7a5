package fi.palvelupiste.kiosk.hub;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * A hub's address as an admin types it ("hub.example.fi", "https://hub.example.fi/"): https is assumed when no
 * scheme is given, and required unless the hub is on this machine (http://localhost:8080 for trying it out), since
 * the device token and residents' sign-ups travel over it.
 */
final class HubAddress {

    enum Problem { INVALID, NOT_HTTPS }

    private HubAddress() {
    }

    /** The address as the kiosk stores it (scheme, host, port; no path, no trailing slash), or why it is refused. */
    static Result parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > 200 || text.chars().anyMatch(Character::isWhitespace)) {
            return Result.refused(Problem.INVALID);
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Result.refused(Problem.INVALID);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getUserInfo() != null
                || uri.getQuery() != null || uri.getFragment() != null
                || !(uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
            return Result.refused(Problem.INVALID);
        }
        if (scheme.equals("http") && !loopback(host)) {
            return Result.refused(Problem.NOT_HTTPS);
        }
        try {
            return new Result(Optional.of(new URI(scheme, null, host.toLowerCase(Locale.ROOT), uri.getPort(), null,
                    null, null)), Optional.empty());
        } catch (URISyntaxException e) {
            return Result.refused(Problem.INVALID);
        }
    }

    /** Only names that cannot leave this machine: no look-up of other names (which a DNS server could answer). */
    static boolean loopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    record Result(Optional<URI> address, Optional<Problem> problem) {
        static Result refused(Problem problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }
}
