package dev.deploytrack.cli;

import dev.deploytrack.drift.DriftException;
import dev.deploytrack.drift.GitHistory;
import dev.deploytrack.drift.ProjectScope;
import dev.deploytrack.git.GitException;
import dev.deploytrack.registry.AgentVersion;
import dev.deploytrack.registry.FiledRequest;
import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.Recorded;
import dev.deploytrack.registry.RefusedException;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryMigration;
import dev.deploytrack.registry.RegistryStore;
import dev.deploytrack.release.ReleaseRequest;
import dev.deploytrack.release.ReleaseRequestWriter;
import dev.deploytrack.release.ReleaseRequests;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** {@code deploytrack request}: the deployment request a person approves, from data. */
final class RequestCommand extends RegistryCommand {

    @Override
    public String name() {
        return "request";
    }

    @Override
    public String summary() {
        return "the deployment request a person approves: what goes out, checks, cost, risk, rollback";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar request --env NAME [--actor KIND:IDENTITY] [OPTIONS]

                The deployment request of a project's environment, from data: the agents and versions going
                out (those whose files changed since the environment's deployment) and what each replaces,
                the commits that changed them, the verdicts of validate and the secret scan on what goes
                out, token and projected cost changes against what runs there, a risk level from the rules
                in deploytrack.yml (request.risk), the rollback command of each agent checked against the
                registry, and the command that approves it. Status: AWAITING HUMAN APPROVAL in production.

                With --actor the request is filed in the registry, so 'approve --request ID' can answer it;
                whoever files it may not approve it. Filing the same request again changes nothing.

                Options:
                  --env NAME             the environment (default: registry.production)
                  --name NAME            the project (default: the project recorded at '.', or the only one)
                  --project PATH         or the project's directory
                  --target REF           the commit that goes out (default HEAD)
                  --actor KIND:IDENTITY  file the request as this actor (e.g. ci:github-actions)
                  --format FORMAT        text (default), json or markdown
                  --output FILE          write the request to FILE; standard output gets one line
                """ + REGISTRY_OPTIONS_HELP + """

                When $GITHUB_STEP_SUMMARY is set, the Markdown request is appended to it.

                Exit status: 0 written (and filed), 2 usage, configuration, git or I/O error.
                """;
    }

    @Override
    Set<String> flags() {
        return Set.of();
    }

    @Override
    Set<String> valued() {
        return Set.of("--env", "--name", "--project", "--target", "--actor", "--format", "--output");
    }

    @Override
    int execute(Arguments arguments, Context context)
            throws UsageException, RegistryException, InvalidRequestException, RefusedException {
        Console console = context.console();
        var format = StatusCommand.format(arguments);
        String environment = arguments.value("--env", context.service().settings().production());
        Registry registry = context.service().read();
        RegistryMigration.migrate(registry, context.service().settings().legacyEnvironment());
        ReleaseRequest request;
        try {
            GitHistory git = GitHistory.open(console.workingDirectory());
            ProjectScope scope = ReleaseOptions.scope(arguments, console, registry, git);
            request = new ReleaseRequests(git, registry, context.config(), Clock.systemUTC())
                    .build(scope, environment, arguments.value("--target"));
        } catch (DriftException e) {
            return ReleaseOptions.failed(console, e);
        } catch (GitException e) {
            console.error("git: " + e.getMessage());
            return Exit.USAGE;
        }
        if (arguments.value("--actor") != null) {
            List<AgentVersion> versions = request.agents().stream().filter(a -> a.version() != null
                    && !a.change().equals("removed")).map(a -> new AgentVersion(a.id(), a.version())).toList();
            if (versions.isEmpty()) {
                console.error("nothing to request: no agent with a version goes out to " + environment);
            } else {
                RegistryStore.Update<Recorded> filed = context.service().fileRequest(new FiledRequest(request.id(),
                        request.project(), environment, versions, actor(arguments), request.commit()));
                context.reportMigration(filed);
                console.err().println(context.registryName() + ": request " + request.id()
                        + (filed.value().duplicate() ? " was already filed" : " filed by " + actor(arguments)));
                request = request.filed(versions);
            }
        }
        String text = switch (format) {
            case TEXT -> ReleaseRequestWriter.text(request);
            case JSON -> ReleaseRequestWriter.json(request);
            case MARKDOWN -> ReleaseRequestWriter.markdown(request);
        };
        QueryOutput.emit(arguments, console, text, "request " + request.id() + ": " + request.status() + ", "
                + request.agents().size() + " agents, risk " + request.risk().id(),
                ReleaseRequestWriter.markdown(request));
        return Exit.OK;
    }
}
