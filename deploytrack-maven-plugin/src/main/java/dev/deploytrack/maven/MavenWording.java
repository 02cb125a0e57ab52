package dev.deploytrack.maven;

import dev.deploytrack.wording.Setting;
import dev.deploytrack.wording.Wording;

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
            case TESTIMONY_FILE -> null;
        };
    }

    private static String commandLine(Setting setting) {
        return setting == Setting.TESTIMONY_FILE ? "testimony --file" : setting.name();
    }
}
