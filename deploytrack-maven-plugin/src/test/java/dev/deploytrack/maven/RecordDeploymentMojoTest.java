package dev.deploytrack.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class RecordDeploymentMojoTest {

    private static final String GOAL = "record-deployment";

    @TempDir
    Path registryHome;

    private Path useTemporaryRegistry(RecordDeploymentMojo mojo) {
        mojo.directory = registryHome.toFile();
        Path file = registryHome.resolve("deployments/registry.json");
        mojo.registry = file.toString();
        return file;
    }

    private static JsonNode read(Path registry) throws Exception {
        return new ObjectMapper().readTree(registry.toFile());
    }

    @Test
    @Basedir("/unit/record-deployment")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "projectName", value = "api")
    @MojoParameter(name = "agents", value = "code-review@1.3.0,db-migrate@2.0.1")
    @MojoParameter(name = "environment", value = "development")
    @MojoParameter(name = "actor", value = "ci:maven")
    @MojoParameter(name = "idempotencyKey", value = "build-42")
    @MojoParameter(name = "gitCommit", value = "0123456789abcdef0123456789abcdef01234567")
    void recordsTheGivenAgentsAndIsIdempotent(RecordDeploymentMojo mojo) throws Exception {
        Path registry = useTemporaryRegistry(mojo);
        mojo.execute();
        JsonNode json = read(registry);
        assertEquals("2.0.0", json.get("registry_version").asText());
        JsonNode history = json.get("deployment_history");
        assertEquals(2, history.size());
        assertEquals("api", history.get(0).get("project").asText());
        assertEquals("ci", history.get(0).get("actor").get("kind").asText());
        assertEquals("build-42", history.get(1).get("idempotency_key").asText());
        assertEquals("0123456789abcdef0123456789abcdef01234567", history.get(1).get("git_commit").asText());
        assertEquals(2, json.get("statistics").get("total_deployments").asInt());
        assertTrue(Files.isRegularFile(registryHome.resolve("deployments/by-project/api.md")));
        verify(mojo.getLog()).info(contains("deployments/registry.json: recorded api in development by ci:maven"));

        byte[] once = Files.readAllBytes(registry);
        mojo.execute();
        assertArrayEquals(once, Files.readAllBytes(registry));
        verify(mojo.getLog()).info(contains("idempotency key build-42 was already recorded"));
    }

    @Test
    @Basedir("/unit/record-deployment")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "projectName", value = "api")
    @MojoParameter(name = "component", value = "app")
    @MojoParameter(name = "componentVersion", value = "2026.12.1")
    @MojoParameter(name = "environment", value = "production")
    @MojoParameter(name = "actor", value = "ci:maven")
    @MojoParameter(name = "idempotencyKey", value = "build-42")
    @MojoParameter(name = "gitCommit", value = "0123456789abcdef0123456789abcdef01234567")
    void recordsTheApplicationWithItsCommit(RecordDeploymentMojo mojo) throws Exception {
        Path registry = useTemporaryRegistry(mojo);
        mojo.execute();
        JsonNode entry = read(registry).get("deployment_history").get(0);
        assertEquals("component_deployed", entry.get("action").asText());
        assertEquals("app", entry.get("component").asText());
        assertEquals("2026.12.1", entry.get("version").asText());
        assertEquals("0123456789abcdef0123456789abcdef01234567", entry.get("git_commit").asText());
        assertEquals(0, read(registry).get("statistics").get("total_deployments").asInt(), "no agent was deployed");
        verify(mojo.getLog()).info(contains("recorded app of api in production at 0123456789abcdef"));
    }

    @Test
    @Basedir("/unit/record-deployment")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "environment", value = "development")
    @MojoParameter(name = "actor", value = "human:alice")
    void readsTheAgentsFromTheProjectWhenNoneAreGiven(RecordDeploymentMojo mojo) throws Exception {
        Path registry = useTemporaryRegistry(mojo);
        mojo.projectName = "sample";
        mojo.projectPath = new File(MojoExtension.getBasedir());
        mojo.execute();
        JsonNode entry = read(registry).get("deployment_history").get(0);
        assertEquals("lint", entry.get("agent").asText());
        assertEquals("0.3.0", entry.get("version").asText());
        JsonNode project = read(registry).get("projects").get(0);
        assertTrue(project.get("path").asText().endsWith("unit/record-deployment"), project.toString());
    }

    @Test
    @Basedir("/unit/record-deployment")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "projectName", value = "api")
    @MojoParameter(name = "agents", value = "code-review@1.3.0")
    @MojoParameter(name = "environment", value = "production")
    @MojoParameter(name = "actor", value = "agent:claude-code")
    void aRefusalFailsTheBuildAndWritesNothing(RecordDeploymentMojo mojo) throws Exception {
        Path registry = useTemporaryRegistry(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().contains("refused: an agent (agent:claude-code) may never record a "
                + "deployment in production"), failure.getMessage());
        assertFalse(Files.exists(registry));

        mojo.environment = "development";
        mojo.execute();
        byte[] before = Files.readAllBytes(registry);
        mojo.environment = "staging";
        mojo.agents = List.of("code-review@1.4.0");
        mojo.actor = "ci:maven";
        MojoFailureException order = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(order.getMessage().contains("has not been recorded in development"), order.getMessage());
        assertTrue(order.getMessage().contains("override with -Ddeploytrack.emergency and -Ddeploytrack.reason=TEXT"),
                order.getMessage());
        assertArrayEquals(before, Files.readAllBytes(registry));
    }

    /** Maven prints a goal's failure message as it is: whatever a parameter holds, the message is one line each. */
    @Test
    @Basedir("/unit/record-deployment")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "actor", value = "ci:maven")
    @MojoParameter(name = "environment", value = "development")
    void aParameterCannotForgeALineOfTheBuildLog(RecordDeploymentMojo mojo) {
        useTemporaryRegistry(mojo);
        for (java.util.function.Consumer<RecordDeploymentMojo> forged : List.<java.util.function.Consumer<
                RecordDeploymentMojo>>of(
                m -> m.agents = List.of("bad\n::error title=forged::x"),
                m -> { m.agents = List.of("code-review@1.0.0"); m.projectName = "api\r\n::warning::x"; },
                m -> m.actor = "human:x\n::error::forged")) {
            forged.accept(mojo);
            String message = assertThrows(MojoFailureException.class, mojo::execute).getMessage();
            for (String line : message.split("\n")) {
                assertFalse(line.strip().startsWith("::"), message);
            }
        }
    }

    @Test
    @Basedir("/unit/record-deployment")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "agents", value = "code-review@1.3.0")
    @MojoParameter(name = "actor", value = "ci:maven")
    void aMissingEnvironmentOrABadActorIsAConfigurationError(RecordDeploymentMojo mojo) {
        useTemporaryRegistry(mojo);
        String missing = assertThrows(MojoFailureException.class, mojo::execute).getMessage();
        assertTrue(missing.contains("name the environment (-Ddeploytrack.env=NAME), one of development, staging, "
                + "production"), missing);
        assertFalse(missing.contains("--env"), missing);
        mojo.environment = "development";
        mojo.actor = "root";
        assertTrue(assertThrows(MojoFailureException.class, mojo::execute).getMessage()
                .contains("an actor is KIND:IDENTITY"));
    }

    @Test
    @Basedir("/unit/record-deployment")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(RecordDeploymentMojo mojo) throws Exception {
        Path registry = useTemporaryRegistry(mojo);
        mojo.execute();
        verify(mojo.getLog()).info("deploytrack record-deployment is skipped");
        assertFalse(Files.exists(registry));
    }

    @Test
    void goalIsThreadSafeAndEveryParameterIsDocumented() throws Exception {
        String descriptor = new String(getClass().getResourceAsStream("/META-INF/maven/plugin.xml").readAllBytes());
        int start = descriptor.indexOf("<goal>record-deployment</goal>");
        String mojo = descriptor.substring(start, descriptor.indexOf("</mojo>", start));
        assertTrue(mojo.contains("<threadSafe>true</threadSafe>"), mojo);
        Matcher parameters = Pattern.compile("<parameter>(.*?)</parameter>", Pattern.DOTALL).matcher(mojo);
        int count = 0;
        while (parameters.find()) {
            String parameter = parameters.group(1);
            assertTrue(parameter.matches("(?s).*<description>\\S.*"), "undocumented: " + parameter);
            count++;
        }
        assertEquals(20, count, mojo);
        for (String name : List.of("registry", "projectPath", "projectName", "agents", "environment", "actor",
                "idempotencyKey", "reason", "emergency", "gitCommit", "dryRun", "component", "componentVersion")) {
            assertTrue(mojo.contains("<name>" + name + "</name>"), name);
        }
        assertTrue(new File(getClass().getResource("/META-INF/maven/plugin.xml").toURI()).isFile());
    }

    /** dryRun: the stage gate's check before a deployment, the same refusal as the record, nothing written. */
    @Test
    @Basedir("/unit/record-deployment")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "projectName", value = "api")
    @MojoParameter(name = "agents", value = "code-review@1.3.0")
    @MojoParameter(name = "environment", value = "staging")
    @MojoParameter(name = "actor", value = "ci:maven")
    @MojoParameter(name = "dryRun", value = "true")
    void aDryRunChecksAndWritesNothing(RecordDeploymentMojo mojo) throws Exception {
        Path registry = useTemporaryRegistry(mojo);
        MojoFailureException refused = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(refused.getMessage().contains("has not been recorded in development"), refused.getMessage());
        mojo.environment = "development";
        mojo.execute();
        verify(mojo.getLog()).info(contains("deployments/registry.json: would record api in development"));
        assertFalse(Files.exists(registry));
    }

    /** The registry parameter takes a PostgreSQL URL; a URL that names no server fails the build without its password. */
    @Test
    @Basedir("/unit/record-deployment")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "projectName", value = "api")
    @MojoParameter(name = "agents", value = "code-review@1.3.0")
    @MojoParameter(name = "environment", value = "development")
    @MojoParameter(name = "actor", value = "ci:maven")
    void theRegistryParameterTakesAPostgresUrl(RecordDeploymentMojo mojo) throws Exception {
        mojo.directory = registryHome.toFile();
        mojo.registry = "jdbc:postgresql://127.0.0.1:1/deploytrack?user=ci&password=s3cret-Passw0rd-42";
        MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("postgresql://127.0.0.1:1/deploytrack: error: cannot connect to "
                + "the registry"), failure.getMessage());
        assertFalse(failure.getMessage().contains("s3cret"), failure.getMessage());
        assertFalse(Files.exists(registryHome.resolve("deployments")));
    }

    /**
     * Maven users are told what to do in Maven's words: no goal approves (a person does, on the command line), so
     * the hint names the command line's approve command and its settings without command-line flags.
     */
    @Test
    @Basedir("/unit/record-deployment")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "projectName", value = "api")
    @MojoParameter(name = "agents", value = "code-review@1.3.0")
    @MojoParameter(name = "actor", value = "ci:maven")
    void aMissingApprovalIsExplainedWithoutCommandLineFlags(RecordDeploymentMojo mojo) throws Exception {
        useTemporaryRegistry(mojo);
        for (String environment : List.of("development", "staging")) {
            mojo.environment = environment;
            mojo.execute();
        }
        mojo.environment = "production";
        String message = assertThrows(MojoFailureException.class, mojo::execute).getMessage();
        assertTrue(message.contains("run: the command line's approve command (no Maven goal runs it) for project "
                + "api, environment production, agent code-review@1.3.0, actor human:<name>"), message);
        assertFalse(message.contains("--"), message);
        assertFalse(message.contains("deploytrack approve"), message);
    }

    /** A registry file that is a symbolic link: the hint names the goal's property, not the command line's flag. */
    @Test
    @Basedir("/unit/record-deployment")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "projectName", value = "api")
    @MojoParameter(name = "agents", value = "code-review@1.3.0")
    @MojoParameter(name = "environment", value = "development")
    @MojoParameter(name = "actor", value = "ci:maven")
    void aLinkedRegistryFileIsExplainedInMavenWords(RecordDeploymentMojo mojo) throws Exception {
        Path registry = useTemporaryRegistry(mojo);
        mojo.execute();
        Path real = Files.move(registry, registryHome.resolve("real.json"));
        Files.createSymbolicLink(registry, real);
        String message = assertThrows(MojoExecutionException.class, mojo::execute).getMessage();
        assertTrue(message.contains("the registry is a symbolic link"), message);
        assertTrue(message.contains("name the file itself (-Ddeploytrack.registry=PATH, or registry.path in "
                + "deploytrack.yml)"), message);
        assertFalse(message.contains("--registry"), message);
    }
}
