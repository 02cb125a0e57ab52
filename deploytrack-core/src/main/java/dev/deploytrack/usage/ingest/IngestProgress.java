package dev.deploytrack.usage.ingest;

/** Where an ingest has got to, for a progress bar or periodic log lines; called from the ingesting thread. */
public interface IngestProgress {

    IngestProgress NONE = new IngestProgress() {
        @Override
        public void update(long bytesDone, long bytesTotal, long records) {
        }
    };

    /** Called often (every few hundred KiB); the receiver decides how often to show anything. */
    void update(long bytesDone, long bytesTotal, long records);

    /** Called once at the end. */
    default void finish(long bytesTotal, long records) {
    }
}
