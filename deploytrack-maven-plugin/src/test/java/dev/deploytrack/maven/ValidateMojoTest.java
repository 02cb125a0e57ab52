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
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@MojoTest
class ValidateMojoTest {

    private static final String GOAL = "validate";

    private File reports;

    @AfterEach
    void removeReports() throws IOException {
        TestFiles.deleteTree(reports);
    }

    @Test
    @Basedir("/unit/validate-clean")
    @InjectMojo(goal = GOAL)
    void cleanRepositoryPassesAndWritesTheDefaultReports(ValidateMojo mojo) throws Exception {
        reports = TestFiles.inBasedir(mojo);
        mojo.execute();
        assertTrue(new File(mojo.outputDirectory(), "deploytrack-validate.json").isFile());
        assertTrue(new File(mojo.outputDirectory(), "deploytrack-validate.sarif").isFile());
        verify(mojo.getLog()).info(contains("deploytrack validate: 0 errors, 0 warnings"));
    }

    @Test
    @Basedir("/unit/validate-broken")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "formats", value = "junit")
    void errorsFailTheBuildAndAreLoggedCompilerStyle(ValidateMojo mojo) {
        reports = TestFiles.inBasedir(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().contains("1 error(s) and 1 warning(s)"), failure.getMessage());
        verify(mojo.getLog()).error(contains("skills/bad_dir/SKILL.md:2:7: error: skill name 'bad-dir' does not "
                + "match its directory 'bad_dir' [skill-name-directory]"));
        verify(mojo.getLog()).warn(contains("skills/bad_dir/SKILL.md:4:1: warning: unknown frontmatter field"));
        assertTrue(new File(mojo.outputDirectory(), "TEST-deploytrack-validate.xml").isFile());
        assertFalse(new File(mojo.outputDirectory(), "deploytrack-validate.json").exists());
    }

    @Test
    @Basedir("/unit/validate-broken")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "failOnViolation", value = "false")
    void failOnViolationFalseReportsButPasses(ValidateMojo mojo) throws Exception {
        reports = TestFiles.inBasedir(mojo);
        mojo.execute();
        verify(mojo.getLog()).error(contains("[skill-name-directory]"));
    }

    @Test
    @Basedir("/unit/validate-clean")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(ValidateMojo mojo) throws Exception {
        reports = TestFiles.inBasedir(mojo);
        mojo.execute();
        verify(mojo.getLog()).info("deploytrack validate is skipped");
        assertFalse(mojo.outputDirectory().exists());
    }

    @Test
    @Basedir("/unit/validate-broken")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "strict", value = "true")
    @MojoParameter(name = "failOnViolation", value = "true")
    void strictParameterOverridesTheConfigurationAndRaisesPolicyRules(ValidateMojo mojo) {
        reports = TestFiles.inBasedir(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().contains("2 error(s) and 0 warning(s)"), failure.getMessage());
    }

    @Test
    @Basedir("/unit/validate-clean")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "formats", value = "json,pdf")
    void unknownFormatIsAConfigurationError(ValidateMojo mojo) {
        reports = TestFiles.inBasedir(mojo);
        Exception e = assertThrows(Exception.class, mojo::execute);
        assertTrue(e.getMessage().contains("unknown report format 'pdf'"), e.getMessage());
    }

    @Test
    void goalIsThreadSafeAndBoundToVerify() throws Exception {
        String descriptor = new String(getClass().getResourceAsStream("/META-INF/maven/plugin.xml").readAllBytes());
        int start = descriptor.indexOf("<goal>validate</goal>");
        String mojo = descriptor.substring(start, descriptor.indexOf("</mojo>", start));
        assertTrue(mojo.contains("<threadSafe>true</threadSafe>"), mojo);
        assertTrue(mojo.contains("<phase>verify</phase>"), mojo);
        assertEquals(-1, mojo.indexOf("<description></description>"));
    }

    @Test
    @Basedir("/unit/validate-clean")
    @InjectMojo(goal = GOAL)
    void aSecretQuotedByAHintOrANameWithControlCharactersNeverReachesTheLogRaw(ValidateMojo mojo) throws Exception {
        reports = TestFiles.inBasedir(mojo);
        StringBuilder token = new StringBuilder("glpat-");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 20; i++) {
            token.append("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".charAt(random.nextInt(57)));
        }
        java.nio.file.Path skill = mojo.directory.toPath().resolve("skills/leak/SKILL.md");
        java.nio.file.Path forged = mojo.directory.toPath().resolve("skills/x\n::error title=forged::x/SKILL.md");
        try {
            java.nio.file.Files.createDirectories(skill.getParent());
            java.nio.file.Files.writeString(skill, "---\nname: leak\ndescription: Uses token " + token
                    + ": then deploys.\n---\nBody\n");
            java.nio.file.Files.createDirectories(forged.getParent());
            java.nio.file.Files.writeString(forged, "---\nname: x\n---\n");
            assertThrows(MojoFailureException.class, mojo::execute);
            java.util.List<String> logged = org.mockito.Mockito.mockingDetails(mojo.getLog()).getInvocations().stream()
                    .flatMap(call -> java.util.Arrays.stream(call.getArguments())).map(String::valueOf).toList();
            assertTrue(logged.stream().anyMatch(line -> line.contains("skills/leak/SKILL.md:3:")), logged.toString());
            for (String line : logged) {
                assertFalse(line.contains(token.substring(6, 18)), line);
                assertFalse(line.contains("\n::error"), line);
            }
            assertTrue(logged.stream().anyMatch(line -> line.contains("x\\u000A::error title=forged")),
                    logged.toString());
        } finally {
            TestFiles.deleteTree(skill.getParent().toFile());
            TestFiles.deleteTree(forged.getParent().toFile());
        }
    }

    @Test
    @Basedir("/unit/validate-broken")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "formats", value = "json,pdf")
    void anUnknownFormatFailsBeforeAnythingIsChecked(ValidateMojo mojo) {
        reports = TestFiles.inBasedir(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("unknown report format 'pdf' in -Ddeploytrack.formats"),
                failure.getMessage());
        verify(mojo.getLog(), never()).error(contains("[skill-name-directory]"));
        assertFalse(reports.exists());
    }
}
