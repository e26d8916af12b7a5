package fi.palvelupiste.hardware.printer;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Asks a printer port for its status in the background, every {@code interval} while the printer can print and
 * every {@code problemInterval} (at most 1 s by default) while it cannot, and tells listeners when it changes
 * (staff page, status LED, print worker). Plain Java: one daemon thread while started. Polling a serial port also
 * reconnects it after it vanished (the port does that on each status call, within its back-off), so a printer
 * that comes back is seen within a second or two. One log line per change.
 */
public final class PrinterStatusMonitor implements AutoCloseable {

    /** Called on the monitor's thread when the status differs from the previous poll (and once at the first). */
    @FunctionalInterface
    public interface Listener {
        void statusChanged(PrinterStatus previous, PrinterStatus current);
    }

    private static final System.Logger LOG = System.getLogger(PrinterStatusMonitor.class.getName());

    private final PrinterPort port;
    private final Duration interval;
    private final Duration problemInterval;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile PrinterStatus current = PrinterStatus.UNKNOWN;
    private volatile boolean polledOnce;
    private ScheduledExecutorService executor;
    private ScheduledFuture<?> task;

    public PrinterStatusMonitor(PrinterPort port, Duration interval) {
        this(port, interval, interval.compareTo(Duration.ofSeconds(1)) < 0 ? interval : Duration.ofSeconds(1));
    }

    public PrinterStatusMonitor(PrinterPort port, Duration interval, Duration problemInterval) {
        this.port = Objects.requireNonNull(port, "port");
        if (interval.isNegative() || interval.isZero() || problemInterval.isNegative() || problemInterval.isZero()) {
            throw new IllegalArgumentException("intervals must be positive");
        }
        this.interval = interval;
        this.problemInterval = problemInterval;
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Starts polling now and then every interval. Starting a started monitor does nothing. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "printer-status-monitor");
            thread.setDaemon(true);
            return thread;
        });
        task = executor.schedule(this::pollAndReschedule, 0, TimeUnit.MILLISECONDS);
    }

    private void pollAndReschedule() {
        PrinterStatus status = poll();
        synchronized (this) {
            if (executor != null) {
                Duration next = status.confirmsPrinting() ? interval : problemInterval;
                task = executor.schedule(this::pollAndReschedule, next.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Stops polling and waits briefly for a poll in progress. */
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            if (executor == null) {
                return;
            }
            stopping = executor;
            executor = null;
            task.cancel(false);
            task = null;
            stopping.shutdown();
        }
        try {
            if (!stopping.awaitTermination(2, TimeUnit.SECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean running() {
        return executor != null;
    }

    /** The status of the latest poll (UNKNOWN before the first). */
    public PrinterStatus current() {
        return current;
    }

    /** Polls once, now, on the caller's thread, and notifies listeners of a change; returns the status. */
    public PrinterStatus poll() {
        PrinterStatus status;
        try {
            status = port.status();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "printer status poll failed: {0}", e.toString());
            status = PrinterStatus.UNKNOWN;
        }
        PrinterStatus previous;
        boolean changed;
        boolean first;
        synchronized (listeners) {
            previous = current;
            first = !polledOnce;
            changed = first || previous != status;
            current = status;
            polledOnce = true;
        }
        if (changed) {
            LOG.log(status.confirmsPrinting() ? Level.INFO : Level.WARNING, "printer status: {0}{1}", status,
                    first ? "" : " (was " + previous + ")");
            for (Listener listener : listeners) {
                try {
                    listener.statusChanged(previous, status);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "printer status listener failed: {0}", e.toString());
                }
            }
        }
        return status;
    }
}
