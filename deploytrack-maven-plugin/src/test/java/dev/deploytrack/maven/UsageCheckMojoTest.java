package dev.deploytrack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.deploytrack.usage.Tokens;
import dev.deploytrack.usage.UsageRecord;
import dev.deploytrack.usage.UsageSources;
import dev.deploytrack.usage.store.FileUsageStore;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The usage gate in Maven's words. The repository (copied from unit/usage-check, so alerts recorded in it do not
 * touch the source tree) has production's $50 monthly limit and, by the 10th of November, ten days of $3 of
 * code-review calls: $30 spent (60%), $3 a day for 20.5 more days: forecast $91.50, 183% of the limit.
 */
@MojoTest
class UsageCheckMojoTest {

    @TempDir
    Path repository;

    private void prepare(UsageCheckMojo mojo) throws Exception {
        Path source = Path.of(MojoExtension.getBasedir());
        try (var files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = repository.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        List<UsageRecord> records = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            records.add(new UsageRecord(UsageSources.LITELLM, "req-" + day, Instant.parse(String.format(
                    "2026-11-%02dT10:00:00Z", day)), "gpt-4o", "openai", new Tokens(100, 0, 0, 0, 10, 0), 1,
                    new BigDecimal("3"), false, null, "/srv/agents/code-review", null, List.of(), new TreeMap<>()));
        }
        new FileUsageStore(repository.resolve("deployments/usage"), "usage").append(records);
        mojo.directory = repository.toFile();
        mojo.asOf = "2026-11-10T12:00:00Z";
        mojo.period = "month";
    }

    @Test
    @Basedir("/unit/usage-check")
    @InjectMojo(goal = "usage-check")
    void aForecastOverTheLimitFailsTheBuildOnceAlertsAndWritesTheReports(UsageCheckMojo mojo) throws Exception {
        prepare(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("deploytrack usage-check failed: production 2026-11: spent $30.00 of $50.00 (60.0%), forecast "
                + "$91.50 (183.0%)", failure.getMessage());
        verify(mojo.getLog()).error(contains("production 2026-11: spent $30.00 of $50.00"));
        verify(mojo.getLog()).warn(contains("alert: production is forecast to spend $91.50"));
        File reports = mojo.outputDirectory();
        for (String name : List.of("deploytrack-usage.html", "deploytrack-usage.json", "deploytrack-usage.md")) {
            assertTrue(new File(reports, name).isFile(), name);
        }
        assertTrue(Files.readString(repository.resolve("deployments/usage/alerts.jsonl"))
                .contains("forecast:production:month:2026-11"));
    }

    @Test
    @Basedir("/unit/usage-check")
    @InjectMojo(goal = "usage-check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void failOnViolationFalseOnlyLogs(UsageCheckMojo mojo) throws Exception {
        prepare(mojo);
        mojo.execute();
        verify(mojo.getLog()).error(contains("production 2026-11"));
    }

    @Test
    @Basedir("/unit/usage-check")
    @InjectMojo(goal = "usage-check")
    void wrongParametersAreNamedAsMavenProperties(UsageCheckMojo mojo) throws Exception {
        prepare(mojo);
        mojo.period = "year";
        MojoFailureException period = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("-Ddeploytrack.period must be day, week or month, not 'year'", period.getMessage());
        mojo.period = "month";
        mojo.notify = List.of("slack");
        MojoFailureException notify = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(notify.getMessage().startsWith("-Ddeploytrack.notify: set DEPLOYTRACK_SLACK_WEBHOOK_URL in the "
                + "environment"), notify.getMessage());
        verify(mojo.getLog(), never()).warn(contains("alert:"));
    }
}
