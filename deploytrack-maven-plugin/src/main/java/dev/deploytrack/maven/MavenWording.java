package dev.deploytrack.maven;

import dev.deploytrack.wording.Setting;
import dev.deploytrack.wording.Wording;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maven's words for the core's settings: the goals' user properties ({@code -Ddeploytrack.env=NAME}), one property
 * per setting across every goal.
 */
final class MavenWording implements Wording {

    static final MavenWording INSTANCE = new MavenWording();

    private MavenWording() {
    }

    @Override
    public String option(Setting setting, String value) {
        String property = property(setting);
        if (property == null) {
            // Only the command line has it (testimonies are filed there); say so rather than invent a property.
            return "the command line's " + commandLine(setting) + (value == null ? "" : " " + value);
        }
        return value == null ? "-D" + property : "-D" + property + "=" + value;
    }

    @Override
    public String command(String command, Setting setting) {
        String property = property(setting);
        return "mvn deploytrack:" + command + (property == null ? "" : " -D" + property);
    }

    /**
     * A goal with its properties, e.g. {@code mvn deploytrack:record-deployment -Ddeploytrack.env=staging}; a
     * command no goal runs (approve, rollback, testimony: a person's act, not a build's) is named as the command
     * line's, with its settings in words rather than in another front door's flags.
     */
    @Override
    public String run(String command, List<Option> options) {
        if (GOALS.contains(command)) {
            StringBuilder words = new StringBuilder("mvn deploytrack:").append(command);
            for (Option option : options) {
                words.append(' ').append(option(option.setting(), option.value()));
            }
            return words.toString();
        }
        StringBuilder words = new StringBuilder("the command line's ").append(command).append(" command (no Maven "
                + "goal runs it)");
        String separator = " for ";
        for (Option option : options) {
            words.append(separator).append(NAMES.get(option.setting())).append(' ').append(option.value());
            separator = ", ";
        }
        return words.toString();
    }

    /** The goals of this plugin that a message may tell a user to run. */
    private static final Set<String> GOALS = Set.of("validate", "scan", "cost-check", "record-deployment",
            "report", "usage-check");

    /** Settings by what they are, for a command no goal runs. */
    private static final Map<Setting, String> NAMES = Map.ofEntries(Map.entry(Setting.ENVIRONMENT, "environment"),
            Map.entry(Setting.ACTOR, "actor"), Map.entry(Setting.REASON, "reason"),
            Map.entry(Setting.EMERGENCY, "emergency"), Map.entry(Setting.AGENTS, "agent"),
            Map.entry(Setting.PROJECT_NAME, "project"), Map.entry(Setting.PROJECT_PATH, "project directory"),
            Map.entry(Setting.TESTIMONY_FILE, "testimony file"), Map.entry(Setting.REGISTRY, "registry"),
            Map.entry(Setting.BASELINE, "baseline"), Map.entry(Setting.WRITE_BASELINE, "write baseline"),
            Map.entry(Setting.CONFIG, "configuration"), Map.entry(Setting.FORMAT, "format"));

    /** The user property of {@code setting}, or null when no goal has it. */
    static String property(Setting setting) {
        return switch (setting) {
            case ENVIRONMENT -> "deploytrack.env";
            case ACTOR -> "deploytrack.actor";
            case REASON -> "deploytrack.reason";
            case EMERGENCY -> "deploytrack.emergency";
            case AGENTS -> "deploytrack.agents";
            case PROJECT_NAME -> "deploytrack.projectName";
            case PROJECT_PATH -> "deploytrack.projectPath";
            case REGISTRY -> "deploytrack.registry";
            case BASELINE -> "deploytrack.baseline";
            case WRITE_BASELINE -> "deploytrack.writeBaseline";
            case CONFIG -> "deploytrack.config";
            case FORMAT -> "deploytrack.formats";
            case FIX_UNSAFE -> "deploytrack.fixUnsafe";
            case DRY_RUN -> "deploytrack.dryRun";
            case COMPONENT -> "deploytrack.component";
            case GIT_COMMIT -> "deploytrack.gitCommit";
            case MAX_AGE -> "deploytrack.maxAge";
            case DRIFT_TARGET -> "deploytrack.target";
            case TESTIMONY_FILE, REQUEST -> null;
        };
    }

    private static String commandLine(Setting setting) {
        return switch (setting) {
            case TESTIMONY_FILE -> "testimony --file";
            case REQUEST -> "approve --request";
            default -> setting.name();
        };
    }
}
