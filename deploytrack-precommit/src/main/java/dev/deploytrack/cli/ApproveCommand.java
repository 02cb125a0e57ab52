package dev.deploytrack.cli;

import dev.deploytrack.registry.ApprovalRequest;
import dev.deploytrack.registry.Approval;
import dev.deploytrack.registry.Approved;
import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.RefusedException;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryStore;
import java.util.Set;

/** {@code deploytrack approve}: a person approves agent versions for a project's production environment. */
final class ApproveCommand extends RegistryCommand {

    @Override
    public String name() {
        return "approve";
    }

    @Override
    public String summary() {
        return "approve agent versions for a project's production environment";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar approve --name NAME --agent ID@VERSION|--request ID --actor human:NAME

                Records a person's approval of agent versions for a project's production environment. A
                production deployment is recorded only when a person other than whoever records it approved
                each version. Only a person (--actor human:NAME) approves; never an agent or CI.

                Options:
                  --name NAME            the project's name in the registry
                  --project PATH         or the project's directory (its name is the directory's name)
                  --agent ID@VERSION     an agent version approved (repeatable; with --request, default: every
                                         agent the request asks for)
                  --request ID           the deployment request approved (deploytrack request --actor ...);
                                         whoever requested it may not approve it
                  --env NAME             the environment (default: registry.production, production)
                  --actor KIND:IDENTITY  who approves: human:NAME
                  --reason TEXT          a note kept with the approval
                """ + REGISTRY_OPTIONS_HELP + """

                Exit status: 0 approved (or already approved by this person), 1 refused (not a person, an
                agent, or the person who requested the deployment), 2 usage, configuration or I/O error.
                """;
    }

    @Override
    Set<String> flags() {
        return Set.of();
    }

    @Override
    Set<String> valued() {
        return Set.of("--name", "--project", "--agent", "--env", "--actor", "--reason", "--request");
    }

    @Override
    int execute(Arguments arguments, Context context)
            throws UsageException, RegistryException, InvalidRequestException, RefusedException {
        Console console = context.console();
        String environment = arguments.value("--env", context.service().settings().production());
        RegistryStore.Update<Approved> update = context.service().approve(new ApprovalRequest(
                projectName(arguments, context), environment, agents(arguments), actor(arguments),
                arguments.value("--reason"), arguments.value("--request")));
        context.reportMigration(update);
        for (Approval approval : update.value().added()) {
            console.out().println(context.registryName() + ": approved " + approval.agent() + "@"
                    + approval.version() + " for " + approval.project() + " in " + approval.environment() + " by "
                    + approval.approver() + (approval.request() == null ? "" : " (request " + approval.request()
                    + ")"));
        }
        for (Approval approval : update.value().alreadyThere()) {
            console.out().println(context.registryName() + ": " + approval.agent() + "@" + approval.version()
                    + " for " + approval.project() + " in " + approval.environment() + " was already approved by "
                    + approval.approver() + " at " + approval.timestamp());
        }
        return Exit.OK;
    }
}
