package dev.deploytrack.maven;

import dev.deploytrack.report.PrintedText;
import org.apache.maven.plugin.logging.Log;

/**
 * The build log as the goals write to it: every message passes through {@link PrintedText}, as every line of the
 * command line does, so no secret, raw control character or forged CI command reaches the log whatever a message
 * quotes. Exceptions are logged by their message only; their stack traces are for deploytrack's own bugs.
 */
final class SafeLog implements Log {

    private final Log log;

    private SafeLog(Log log) {
        this.log = log;
    }

    static Log of(Log log) {
        return log instanceof SafeLog ? log : new SafeLog(log);
    }

    private static String safe(CharSequence content) {
        return content == null ? null : PrintedText.lines(content.toString());
    }

    private static String safe(Throwable error) {
        return error == null ? null : PrintedText.lines(String.valueOf(error.getMessage()));
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(safe(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(safe(content) + ": " + safe(error));
    }

    @Override
    public void debug(Throwable error) {
        log.debug(safe(error));
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(safe(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(safe(content) + ": " + safe(error));
    }

    @Override
    public void info(Throwable error) {
        log.info(safe(error));
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(safe(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(safe(content) + ": " + safe(error));
    }

    @Override
    public void warn(Throwable error) {
        log.warn(safe(error));
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(safe(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(safe(content) + ": " + safe(error));
    }

    @Override
    public void error(Throwable error) {
        log.error(safe(error));
    }
}
