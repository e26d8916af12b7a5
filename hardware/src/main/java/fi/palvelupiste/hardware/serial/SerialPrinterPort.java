package fi.palvelupiste.hardware.serial;

import com.fazecast.jSerialComm.SerialPort;
import fi.palvelupiste.hardware.escpos.EscPos;
import fi.palvelupiste.hardware.escpos.FlowControl;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.printer.PrinterException;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.printer.PrinterStatus;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A thermal printer on a serial line ({@code /dev/serial0}, {@code /dev/ttyUSB0}, a udev link such as
 * {@code /dev/kiosk-printer}, or a pty), through jSerialComm.
 * <ul>
 * <li>Opens lazily, with the profile's baud rate (8N1) and flow control.</li>
 * <li>Every write has a deadline (line time × slack + margin): jSerialComm's write timeout does not apply on
 * Linux, so the write runs on its own thread and a write that cannot finish becomes an OFFLINE
 * {@link PrinterException} — the caller never hangs.</li>
 * <li>A port that vanished or whose write/read fails is closed and reported DISCONNECTED; it is opened again on
 * a later {@link #print} or {@link #status} call, no sooner than the back-off allows (0.5 s, 1 s, 2 s, then every
 * 2 s: a printer that comes back is found within a few seconds).</li>
 * <li>{@link #status()} asks the printer ({@code DLE EOT} 1, then 2 when offline, then 4), each answer awaited
 * for the status timeout. Silence means OFFLINE when the profile says the model answers status, or when this
 * printer has answered since the kiosk started (switched off behind a USB adapter or on the Pi's UART, the
 * device stays but the printer is gone); only a model that never answers is UNKNOWN.</li>
 * <li>{@link #print} asks first (a printer that cannot print gets nothing: the exception says 0 bytes sent),
 * writes, and asks again: a printer that went out of paper, opened its cover or fell silent during the job makes
 * print throw with that status and the number of bytes that went out, so the caller knows the slip may be cut
 * off.</li>
 * </ul>
 * One log line per change of state, not one per poll or retry.
 * Thread-safe: one job or status query at a time.
 */
public final class SerialPrinterPort implements PrinterPort, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SerialPrinterPort.class.getName());

    private final String path;
    private final PrinterProfile profile;
    private final SerialSettings settings;
    private final Backoff backoff;
    private SerialPort port;
    private PrinterStatus lastLogged;
    private boolean answeredSinceStart;

    public SerialPrinterPort(String path, PrinterProfile profile) {
        this(path, profile, SerialSettings.defaults());
    }

    public SerialPrinterPort(String path, PrinterProfile profile, SerialSettings settings) {
        this(path, profile, settings, System::nanoTime);
    }

    SerialPrinterPort(String path, PrinterProfile profile, SerialSettings settings, LongSupplier nanoTime) {
        this.path = path;
        this.profile = profile;
        this.settings = settings;
        this.backoff = new Backoff(settings.reconnectInitial(), settings.reconnectMax(), nanoTime);
    }

    @Override
    public synchronized void print(String jobName, byte[] escPos) throws PrinterException {
        SerialPort open = connected();
        if (open == null) {
            throw new PrinterException("printer on " + path + " is not connected", PrinterStatus.DISCONNECTED);
        }
        PrinterStatus before = query(open);
        if (!before.canPrint()) {
            throw new PrinterException("printer on " + path + " cannot print: " + before, before);
        }
        write(open, escPos, jobName);
        SerialPort still = port;
        PrinterStatus after = still == null ? PrinterStatus.DISCONNECTED : query(still);
        if (!after.canPrint()) {
            throw new PrinterException("printer on " + path + " reported " + after + " after job '" + jobName
                    + "': the slip may be incomplete", after, escPos.length, null);
        }
    }

    @Override
    public synchronized PrinterStatus status() {
        SerialPort open = connected();
        return open == null ? PrinterStatus.DISCONNECTED : query(open);
    }

    @Override
    public String describe() {
        return profile.displayName() + " on " + path + " (" + profile.baudRate() + " baud, "
                + profile.flowControl().name().toLowerCase(java.util.Locale.ROOT).replace('_', '/') + ")";
    }

    /** Closes the port; a later print or status call opens it again. */
    @Override
    public synchronized void close() {
        disconnect();
    }

    /** The open port, opening it if it is closed and the back-off allows; null when there is none. */
    private SerialPort connected() {
        if (port != null) {
            if (vanished()) {
                observe(PrinterStatus.DISCONNECTED, "port vanished");
                disconnect();
                backoff.failed();
                return null;
            }
            return port;
        }
        if (!backoff.mayTry()) {
            return null;
        }
        if (vanished()) {
            backoff.failed();
            observe(PrinterStatus.DISCONNECTED, "no device at " + path + "; trying again every " + backoff.nextDelay());
            return null;
        }
        try {
            SerialPort candidate = SerialPort.getCommPort(path);
            candidate.setComPortParameters(profile.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            candidate.setFlowControl(flowControlFlags(profile.flowControl()));
            candidate.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                    (int) settings.statusTimeout().toMillis(), 0);
            if (!candidate.openPort(0)) {
                throw new IOException("cannot open " + path + " (error " + candidate.getLastErrorCode() + ")");
            }
            port = candidate;
            backoff.succeeded();
            LOG.log(Level.INFO, "printer port {0} open: {1}", path, describe());
            return port;
        } catch (IOException | RuntimeException e) {
            backoff.failed();
            observe(PrinterStatus.DISCONNECTED, e.getMessage() + "; trying again every " + backoff.nextDelay());
            return null;
        }
    }

    private boolean vanished() {
        return path.startsWith("/") && !Files.exists(Path.of(path));
    }

    private void disconnect() {
        if (port != null) {
            SerialPort closing = port;
            port = null;
            try {
                closing.closePort();
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "closing {0} failed: {1}", path, e.getMessage());
            }
        }
    }

    /** Logs a change of state once, not on every poll. */
    private void observe(PrinterStatus status, String detail) {
        if (lastLogged != status) {
            PrinterStatus before = lastLogged;
            lastLogged = status;
            if (status.confirmsPrinting() && before != null) {
                LOG.log(Level.INFO, "printer on {0} {1} again (was {2})", path, status, before);
            } else if (!status.confirmsPrinting()) {
                LOG.log(Level.WARNING, "printer on {0} {1}: {2}", path, status, detail);
            }
        }
    }

    static int flowControlFlags(FlowControl flowControl) {
        return switch (flowControl) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            // only the printer throttles us (IXON): we never send XON/XOFF into the print data
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }

    /** Writes all bytes on a separate thread, so that a stuck line cannot hang the caller past the deadline. */
    private void write(SerialPort open, byte[] bytes, String what) throws PrinterException {
        long timeoutMillis = settings.writeTimeout(bytes.length, profile.baudRate()).toMillis();
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger sent = new AtomicInteger();
        Thread writer = Thread.ofPlatform().daemon().name("printer-write-" + what).start(() -> {
            try {
                while (sent.get() < bytes.length) {
                    int offset = sent.get();
                    int written = open.writeBytes(bytes, bytes.length - offset, offset);
                    if (written <= 0) {
                        throw new IOException("write failed after " + offset + " of " + bytes.length
                                + " bytes (error " + open.getLastErrorCode() + ")");
                    }
                    sent.addAndGet(written);
                }
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the printer does not take data (flow control holds, or it hangs): drop what is queued
            open.flushIOBuffers();
            try {
                writer.join(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            if (writer.isAlive()) {
                disconnect();
            }
            observe(PrinterStatus.OFFLINE, "write of " + bytes.length + " bytes timed out after " + timeoutMillis
                    + " ms");
            throw new PrinterException("printer on " + path + " did not take " + what + " within " + timeoutMillis
                    + " ms (" + sent.get() + " of " + bytes.length + " bytes sent)", PrinterStatus.OFFLINE, sent.get(), e);
        } catch (ExecutionException e) {
            disconnect();
            backoff.failed();
            observe(PrinterStatus.DISCONNECTED, e.getCause().getMessage());
            throw new PrinterException("printer on " + path + " is disconnected: " + e.getCause().getMessage(),
                    PrinterStatus.DISCONNECTED, sent.get(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrinterException("interrupted while printing " + what, PrinterStatus.UNKNOWN, sent.get(), e);
        }
    }

    /**
     * DLE EOT 1, then 2 if offline, then 4. A silent printer is OFFLINE if it should answer (its profile says so,
     * or it has answered before), else UNKNOWN; a failing line is DISCONNECTED.
     */
    private PrinterStatus query(SerialPort open) {
        try {
            int printer = ask(open, EscPos.STATUS_PRINTER);
            boolean shouldAnswer = profile.statusReplies() || answeredSinceStart;
            if (printer < 0 && shouldAnswer) {
                printer = ask(open, EscPos.STATUS_PRINTER); // once more: a busy printer (or kiosk) may answer late
            }
            if (printer < 0) {
                if (shouldAnswer) {
                    observe(PrinterStatus.OFFLINE, "no answer to a status request: switched off or not responding");
                    return PrinterStatus.OFFLINE;
                }
                observe(PrinterStatus.UNKNOWN, "this model does not answer status requests");
                return PrinterStatus.UNKNOWN;
            }
            answeredSinceStart = true;
            int offlineCause = (printer & RealTimeStatus.OFFLINE) != 0 ? ask(open, EscPos.STATUS_OFFLINE_CAUSE) : -1;
            int paper = ask(open, EscPos.STATUS_PAPER);
            PrinterStatus status = RealTimeStatus.interpret(printer, offlineCause, paper);
            observe(status, "the printer says so");
            return status;
        } catch (PrinterException e) {
            return e.status();
        }
    }

    /** One real-time status byte, or -1 when the printer does not answer in time. */
    private int ask(SerialPort open, int n) throws PrinterException {
        discardInput(open);
        write(open, new byte[] {EscPos.DLE, EscPos.EOT, (byte) n}, "status request");
        long deadline = System.nanoTime() + settings.statusTimeout().toNanos();
        byte[] answer = new byte[1];
        while (System.nanoTime() - deadline < 0) {
            int read = open.readBytes(answer, 1);
            if (read < 0) {
                disconnect();
                backoff.failed();
                observe(PrinterStatus.DISCONNECTED, "read failed (error " + open.getLastErrorCode() + ")");
                throw new PrinterException("printer on " + path + " is disconnected", PrinterStatus.DISCONNECTED);
            }
            if (read == 1 && RealTimeStatus.isAnswer(answer[0] & 0xFF)) {
                return answer[0] & 0xFF;
            }
        }
        return -1;
    }

    /** Late answers to an earlier query, or chatter, must not be read as this query's answer. */
    private static void discardInput(SerialPort open) {
        int available = open.bytesAvailable();
        if (available > 0) {
            open.readBytes(new byte[available], available);
        }
    }
}
