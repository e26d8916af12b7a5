package fi.palvelupiste.hardware.serial;

import com.fazecast.jSerialComm.SerialPort;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.hardware.testing.Eventually;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The far end of a pty pair made by socat: behaves like a thermal printer. Records the bytes it "prints",
 * answers DLE EOT 1/2/4 from a scripted state, can stay silent (a cheap printer), run out of paper after a number
 * of bytes, stop taking data, and disappear (socat killed: the kiosk's device link vanishes) and come back with the
 * same link names.
 */
public final class FakeThermalPrinter implements AutoCloseable {

    static final String SOCAT = "/usr/bin/socat";

    private final Path directory;
    private final Path printerLink;
    private final Path fakeLink;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private volatile PrinterStatus state = PrinterStatus.READY;
    private volatile boolean silent;
    private volatile boolean switchedOff;
    private volatile long bytesUntilOff = -1;
    private volatile boolean stalled;
    private volatile long paperLeft = -1;
    private volatile int queries;
    private volatile long lastPrintedAt;
    private Process socat;
    private SerialPort port;
    private Thread reader;
    private volatile boolean running;

    public FakeThermalPrinter(Path directory) throws IOException {
        this.directory = directory;
        this.printerLink = directory.resolve("printer");
        this.fakeLink = directory.resolve("fake");
        start();
    }

    public static boolean socatInstalled() {
        return Files.isExecutable(Path.of(SOCAT));
    }

    /** The path the kiosk opens. */
    public String devicePath() {
        return printerLink.toString();
    }

    private void start() throws IOException {
        socat = new ProcessBuilder(SOCAT, "-d", "-d", "pty,raw,echo=0,link=" + printerLink,
                "pty,raw,echo=0,link=" + fakeLink)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("socat.log").toFile())
                .start();
        Eventually.await(Duration.ofSeconds(5), () -> Files.exists(printerLink) && Files.exists(fakeLink));
        port = SerialPort.getCommPort(fakeLink.toString());
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 20, 0);
        if (!port.openPort(0)) {
            throw new IOException("cannot open " + fakeLink);
        }
        running = true;
        SerialPort reading = port;
        reader = Thread.ofPlatform().daemon().name("fake-thermal-printer").start(() -> readLoop(reading));
    }

    private void readLoop(SerialPort reading) {
        byte[] buffer = new byte[4096];
        int pending = 0; // bytes of a DLE EOT split across reads
        byte[] partial = new byte[3];
        while (running) {
            if (stalled) {
                Thread.onSpinWait();
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
                continue;
            }
            int n = reading.readBytes(buffer, buffer.length);
            if (n < 0) {
                return;
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (pending > 0 || b == 0x10) {
                    partial[pending++] = b;
                    if (pending == 2 && partial[1] != 0x04) {
                        print(partial[0]);
                        print(partial[1]);
                        pending = 0;
                    } else if (pending == 3) {
                        answer(reading, partial[2]);
                        pending = 0;
                    }
                    continue;
                }
                print(b);
            }
        }
    }

    private synchronized void print(byte b) {
        if (switchedOff) {
            return;
        }
        if (state != PrinterStatus.READY && state != PrinterStatus.PAPER_NEAR_END) {
            return; // offline: a real printer would keep it in its buffer; the fake drops it
        }
        if (paperLeft == 0) {
            state = PrinterStatus.PAPER_OUT;
            return;
        }
        if (paperLeft > 0) {
            paperLeft--;
        }
        printed.write(b);
        lastPrintedAt = System.currentTimeMillis();
        if (bytesUntilOff > 0 && --bytesUntilOff == 0) {
            switchedOff = true;
        }
    }

    private void answer(SerialPort reading, byte n) {
        queries++;
        if (silent || switchedOff) {
            return;
        }
        PrinterStatus now = state;
        if (paperLeft == 0) {
            now = PrinterStatus.PAPER_OUT;
        }
        boolean offline = now == PrinterStatus.PAPER_OUT || now == PrinterStatus.COVER_OPEN
                || now == PrinterStatus.OFFLINE;
        int value = RealTimeStatus.FIXED | switch (n) {
            case 1 -> offline ? RealTimeStatus.OFFLINE : 0;
            case 2 -> (now == PrinterStatus.COVER_OPEN ? RealTimeStatus.COVER_OPEN : 0)
                    | (now == PrinterStatus.PAPER_OUT ? RealTimeStatus.PAPER_END_STOP : 0)
                    | (now == PrinterStatus.OFFLINE ? RealTimeStatus.ERROR : 0);
            case 4 -> (now == PrinterStatus.PAPER_OUT ? RealTimeStatus.PAPER_OUT | RealTimeStatus.NEAR_END : 0)
                    | (now == PrinterStatus.PAPER_NEAR_END ? RealTimeStatus.NEAR_END : 0);
            default -> 0;
        };
        reading.writeBytes(new byte[] {(byte) value}, 1);
    }

    /** What came out on paper so far (status queries are not printed). */
    public synchronized byte[] printed() {
        return printed.toByteArray();
    }

    /** When the last byte was printed (epoch milliseconds), 0 before the first. */
    public long lastPrintedAt() {
        return lastPrintedAt;
    }

    public synchronized void clearPaper() {
        printed.reset();
    }

    public int queries() {
        return queries;
    }

    public synchronized void state(PrinterStatus newState) {
        state = newState;
    }

    /** Runs out of paper after this many more printed bytes. */
    public synchronized void paperLeft(long bytes) {
        paperLeft = bytes;
    }

    /** Fresh roll: prints again. */
    public synchronized void refill() {
        paperLeft = -1;
        state = PrinterStatus.READY;
    }

    public void silent(boolean beSilent) {
        silent = beSilent;
    }

    /**
     * Switched off behind a USB adapter or on the Pi's UART: the device stays, the line takes bytes, but nothing
     * prints and nothing answers.
     */
    public void switchOff(boolean off) {
        switchedOff = off;
    }

    /** Prints this many more bytes, then is switched off (someone pulls the plug during a slip). */
    public void switchOffAfter(long bytes) {
        bytesUntilOff = bytes;
    }

    /** Stops reading: the line fills up and writes block. */
    public void stall(boolean beStalled) {
        stalled = beStalled;
    }

    /** Unplugged: socat ends, the kiosk's device link vanishes. */
    public void disappear() throws InterruptedException {
        stopReader();
        socat.destroy();
        socat.waitFor();
        Eventually.await(Duration.ofSeconds(5), () -> !Files.exists(printerLink));
    }

    /** Plugged in again: a new pty pair behind the same link names. */
    public void reappear() throws IOException {
        start();
    }

    private void stopReader() throws InterruptedException {
        running = false;
        if (reader != null) {
            reader.join(2000);
        }
        if (port != null) {
            port.closePort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopReader();
        if (socat != null && socat.isAlive()) {
            socat.destroy();
            socat.waitFor();
        }
    }
}
