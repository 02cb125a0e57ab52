package dev.deploytrack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.verify;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@MojoTest
class ScanMojoTest {

    private static final String GOAL = "scan";
    private static final String PASSWORD = "Vq8kLz2pR7xNw4";

    private File reports;
    private File baseline;

    @AfterEach
    void removeOutputs() throws IOException {
        TestFiles.deleteTree(reports);
        if (baseline != null) {
            Files.deleteIfExists(baseline.toPath());
        }
    }

    @Test
    @Basedir("/unit/scan-secrets")
    @InjectMojo(goal = GOAL)
    void secretsFailTheBuildAndAreLoggedRedacted(ScanMojo mojo) throws IOException {
        reports = TestFiles.inBasedir(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().contains("found 1 secret(s)"), failure.getMessage());
        verify(mojo.getLog()).error(contains("config/app.env:1:31: error: password in a database URI \"Vq"));
        String json = Files.readString(new File(mojo.outputDirectory(), "deploytrack-scan.json").toPath());
        assertTrue(json.contains("\"rule\" : \"database-uri-password\""), json);
        assertFalse(json.contains(PASSWORD));
        assertFalse(Files.readString(new File(mojo.outputDirectory(), "deploytrack-scan.sarif").toPath())
                .contains(PASSWORD));
    }

    @Test
    @Basedir("/unit/scan-clean")
    @InjectMojo(goal = GOAL)
    void placeholdersAndReferencesPass(ScanMojo mojo) throws Exception {
        reports = TestFiles.inBasedir(mojo);
        mojo.execute();
        verify(mojo.getLog()).info(contains("deploytrack scan: 0 errors, 0 warnings, 0 notes in 1 file"));
    }

    @Test
    @Basedir("/unit/scan-secrets")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "writeBaseline", value = "true")
    void writeBaselineAcceptsTheFindings(ScanMojo mojo) throws Exception {
        reports = TestFiles.inBasedir(mojo);
        baseline = new File(mojo.directory, ".deploytrack-secrets-baseline.json");
        mojo.execute();
        verify(mojo.getLog()).info(contains("1 secret(s) accepted"));
        String written = Files.readString(baseline.toPath());
        assertTrue(written.contains("\"rule\" : \"database-uri-password\""), written);
        assertFalse(written.contains(PASSWORD));
    }

    @Test
    @Basedir("/unit/scan-secrets")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "failOnViolation", value = "false")
    void failOnViolationFalseReportsButPasses(ScanMojo mojo) throws Exception {
        reports = TestFiles.inBasedir(mojo);
        mojo.execute();
        verify(mojo.getLog()).error(contains("[database-uri-password]"));
    }

    @Test
    void goalIsThreadSafeBoundToVerifyAndDocumented() throws Exception {
        String descriptor = new String(getClass().getResourceAsStream("/META-INF/maven/plugin.xml").readAllBytes());
        int start = descriptor.indexOf("<goal>scan</goal>");
        String mojo = descriptor.substring(start, descriptor.indexOf("</mojo>", start));
        assertTrue(mojo.contains("<threadSafe>true</threadSafe>"), mojo);
        assertTrue(mojo.contains("<phase>verify</phase>"), mojo);
        assertEquals(-1, mojo.indexOf("<description></description>"));
        assertTrue(mojo.contains("<name>writeBaseline</name>"), mojo);
    }

    @Test
    @Basedir("/unit/scan-secrets")
    @InjectMojo(goal = "scan")
    @MojoParameter(name = "baseline", value = "no-such-baseline.json")
    void aMissingBaselineNamedInAParameterIsAnError(ScanMojo mojo) {
        reports = TestFiles.inBasedir(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().contains("correct -Ddeploytrack.baseline"), failure.getMessage());
        verify(mojo.getLog()).error(contains("no-such-baseline.json:1:1: error: the baseline file does not exist"));
        assertFalse(reports.exists(), "nothing was scanned");
    }

    /** A baseline whose salt is too short: rewriting it is worded as the goal's property, never a flag. */
    @Test
    @Basedir("/unit/scan-secrets")
    @InjectMojo(goal = "scan")
    void aBadBaselineIsExplainedInMavenWords(ScanMojo mojo) throws IOException {
        reports = TestFiles.inBasedir(mojo);
        baseline = new File(mojo.directory, "short-salt-baseline.json");
        Files.writeString(baseline.toPath(), "{\"version\": 1, \"salt\": \"c2FsdA==\", \"secrets\": []}\n");
        mojo.baseline = baseline;
        assertThrows(MojoFailureException.class, mojo::execute);
        org.mockito.ArgumentCaptor<CharSequence> logged = org.mockito.ArgumentCaptor.forClass(CharSequence.class);
        verify(mojo.getLog(), org.mockito.Mockito.atLeastOnce()).error(logged.capture());
        String errors = String.join("\n", logged.getAllValues().stream().map(CharSequence::toString).toList());
        assertTrue(errors.contains("write a new baseline with mvn deploytrack:scan -Ddeploytrack.writeBaseline"),
                errors);
        assertFalse(errors.contains("--write-baseline"), errors);
    }
}
