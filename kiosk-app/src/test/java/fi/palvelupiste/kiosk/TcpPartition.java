package fi.palvelupiste.kiosk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A network between a kiosk and its hub that a test can cut and heal: a TCP relay on loopback. Cut, it drops every
 * open connection and every new one, as a dead mobile link does; healed, it relays again.
 */
public final class TcpPartition implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean answersLost;

    public TcpPartition(int targetPort) {
        this.target = targetPort;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::accept);
    }

    /** The hub's address through this network, as the kiosk's admin types it. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    public void cut() {
        cut = true;
        open.forEach(TcpPartition::quietly);
        open.clear();
    }

    public void heal() {
        cut = false;
        answersLost = false;
    }

    /** From now on requests reach the hub but its answers are lost: the kiosk cannot know what the hub did. */
    public void loseAnswers() {
        answersLost = true;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    quietly(client);
                    continue;
                }
                Socket hub = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(hub);
                Thread.ofVirtual().start(() -> pipe(client, hub, false));
                Thread.ofVirtual().start(() -> pipe(hub, client, true));
            } catch (IOException e) {
                // closed, or the hub is down: the kiosk sees a failed connection
            }
        }
    }

    private void pipe(Socket from, Socket to, boolean answers) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (!(answers && answersLost)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // one side went: so does the other
        } finally {
            quietly(from);
            quietly(to);
        }
    }

    private static void quietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
