package dev.deploytrack.cli;

import dev.deploytrack.usage.ingest.IngestProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long ingest on standard error: a bar redrawn in place on a terminal; periodic lines (every five
 * seconds) where a terminal cannot redraw, such as a CI log, when {@code --progress} asks for them or {@code CI} is
 * set; nothing otherwise, so output piped into a file stays clean.
 */
final class Progress implements IngestProgress {

    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
    private static final long BAR_INTERVAL_NANOS = 100_000_000L;

    private final PrintStream err;
    private final boolean bar;
    private final long started = System.nanoTime();
    private long shown;

    private Progress(PrintStream err, boolean bar) {
        this.err = err;
        this.bar = bar;
    }

    static IngestProgress choose(boolean asked, Console console) {
        boolean terminal = System.console() != null && console.err() != null
                && console.environment().get("CI") == null && System.getenv("TERM") != null;
        if (terminal) {
            // The bar is drawn with a carriage return, which the console's safe stream would escape; it prints
            // only figures, so it goes to the terminal directly.
            return new Progress(System.err, true);
        }
        if (asked || "true".equalsIgnoreCase(console.environment().get("CI"))) {
            return new Progress(console.err(), false);
        }
        return IngestProgress.NONE;
    }

    @Override
    public void update(long bytesDone, long bytesTotal, long records) {
        long now = System.nanoTime();
        if (now - shown < (bar ? BAR_INTERVAL_NANOS : LINE_INTERVAL_NANOS)) {
            return;
        }
        shown = now;
        show(bytesDone, bytesTotal, records, false);
    }

    @Override
    public void finish(long bytesTotal, long records) {
        if (shown != 0 || bar) {
            show(bytesTotal, bytesTotal, records, true);
        }
    }

    private void show(long done, long total, long records, boolean last) {
        double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
        double seconds = (System.nanoTime() - started) / 1e9;
        String figures = String.format(Locale.ROOT, "%5.1f%%  %,d of %,d MB  %,d records  %.0f s",
                fraction * 100, done >> 20, total >> 20, records, seconds);
        if (bar) {
            int width = 30;
            int filled = (int) Math.round(fraction * width);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + figures);
            if (last) {
                err.println();
            }
        } else {
            err.println("usage ingest: " + figures.trim());
        }
        err.flush();
    }
}
