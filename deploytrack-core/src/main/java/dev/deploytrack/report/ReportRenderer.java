package dev.deploytrack.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Report} in one format. Renderers are stateless; one report model serves them all. */
@FunctionalInterface
public interface ReportRenderer {

    void render(Report report, Writer out) throws IOException;
}
