package dev.deploytrack.usage.ingest;

import dev.deploytrack.usage.UsageRecord;
import java.io.IOException;
import java.io.InputStream;

/** Reads one file of one format into usage records, streaming: memory does not grow with the file. */
interface UsageReader {

    /** Receives each record read. */
    interface Sink {
        void accept(UsageRecord record) throws IOException;
    }

    /**
     * @param name     how messages name the file (relative to what the user gave)
     * @param path     the file's path with {@code /} separators, for facts a path carries (a Claude Code project)
     * @param problems where skipped lines are counted, with their place
     */
    void read(InputStream in, String name, String path, Sink sink, IngestProblems problems) throws IOException;
}
