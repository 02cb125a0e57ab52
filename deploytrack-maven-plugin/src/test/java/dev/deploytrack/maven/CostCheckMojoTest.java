package dev.deploytrack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.never;
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

/**
 * The sample: AGENTS.md (9 tokens in o200k_base) and gpt-5 ($1.25 input, $10 output per million); 100 runs x 10
 * calls = 1,000 calls a day, each with 1,000 task input and 100 output tokens and the 9 context tokens:
 * 1,009,000 x $1.25/M + 100,000 x $10/M = $1.26125 + $1.00 = $2.26125 a day; x 30 days = $67.8375 a month, which
 * is 22.6% of the $300 limit of cost-within and 135.6% of the $50 limit of cost-over.
 */
@MojoTest
class CostCheckMojoTest {

    private static final String GOAL = "cost-check";

    private File reports;

    @AfterEach
    void removeReports() throws IOException {
        TestFiles.deleteTree(reports);
    }

    @Test
    @Basedir("/unit/cost-within")
    @InjectMojo(goal = GOAL)
    void withinLimitsPassesAndWritesTheThreeReports(CostCheckMojo mojo) throws Exception {
        reports = TestFiles.inBasedir(mojo);
        mojo.execute();
        for (String name : new String[] {"deploytrack-cost-check.txt", "deploytrack-cost-check.json",
                "deploytrack-cost-check.md"}) {
            assertTrue(new File(reports, name).isFile(), name);
        }
        verify(mojo.getLog()).info(contains("production: ok: monthly projection $67.84 is 22.6% of the $300.00 limit"));
        String json = Files.readString(new File(reports, "deploytrack-cost-check.json").toPath());
        assertTrue(json.contains("\"status\" : \"ok\""), json);
    }

    @Test
    @Basedir("/unit/cost-over")
    @InjectMojo(goal = GOAL)
    void overTheMonthlyLimitFailsWithTheNumbers(CostCheckMojo mojo) {
        reports = TestFiles.inBasedir(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().equals("deploytrack cost-check failed: production: monthly projection "
                + "$67.84 is 135.6% of the $50.00 limit"), failure.getMessage());
        verify(mojo.getLog()).error(contains("production: FAILED: monthly projection $67.84"));
        // Each verdict once, at its level: not also inside the report printed as information.
        verify(mojo.getLog(), never()).info(contains("monthly projection $67.84 is 135.6%"));
        assertTrue(new File(reports, "deploytrack-cost-check.md").isFile(), "reports are written before failing");
    }

    @Test
    @Basedir("/unit/cost-over")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "failOnViolation", value = "false")
    void failOnViolationFalseOnlyReports(CostCheckMojo mojo) throws Exception {
        reports = TestFiles.inBasedir(mojo);
        mojo.execute();
        verify(mojo.getLog()).error(contains("production: FAILED"));
    }

    @Test
    @Basedir("/unit/cost-over")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "environment", value = "staging")
    void unknownEnvironmentIsAClearFailure(CostCheckMojo mojo) {
        reports = TestFiles.inBasedir(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("unknown environment 'staging' (-Ddeploytrack.env=staging); environments: production",
                failure.getMessage());
    }

    @Test
    @Basedir("/unit/cost-over")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(CostCheckMojo mojo) throws Exception {
        reports = TestFiles.inBasedir(mojo);
        mojo.execute();
        verify(mojo.getLog()).info("deploytrack cost-check is skipped");
        assertFalse(reports.exists());
    }

    @Test
    void goalIsThreadSafeAndDocumented() throws Exception {
        String descriptor = new String(getClass().getResourceAsStream("/META-INF/maven/plugin.xml").readAllBytes());
        int start = descriptor.indexOf("<goal>cost-check</goal>");
        String mojo = descriptor.substring(start, descriptor.indexOf("</mojo>", start));
        assertTrue(mojo.contains("<threadSafe>true</threadSafe>"), mojo);
        // One property per concept across goals: record-deployment's environment is deploytrack.env too.
        assertTrue(mojo.contains("<name>environment</name>"), mojo);
        assertTrue(mojo.contains("<alias>env</alias>"), mojo);
        assertTrue(descriptor.contains("<environment implementation=\"java.lang.String\">${deploytrack.env}</environment>"),
                descriptor);
        assertFalse(descriptor.contains("${deploytrack.environment}</environment>"), descriptor);
        assertEquals(-1, mojo.indexOf("<description></description>"));
    }
}
