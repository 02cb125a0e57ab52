package dev.deploytrack.cli;

import dev.deploytrack.wording.Setting;
import dev.deploytrack.wording.Wording;
import java.util.List;

/** The command line's words for the core's settings: its options ({@code --env NAME}). */
final class CommandLineWording implements Wording {

    static final CommandLineWording INSTANCE = new CommandLineWording();

    private CommandLineWording() {
    }

    @Override
    public String option(Setting setting, String value) {
        String option = flag(setting);
        return value == null ? option : option + " " + value;
    }

    @Override
    public String command(String command, Setting setting) {
        return "deploytrack " + command + " " + flag(setting);
    }

    @Override
    public String run(String command, List<Option> options) {
        StringBuilder words = new StringBuilder("deploytrack ").append(command);
        for (Option option : options) {
            words.append(' ').append(option(option.setting(), option.value()));
        }
        return words.toString();
    }

    static String flag(Setting setting) {
        return switch (setting) {
            case ENVIRONMENT -> "--env";
            case ACTOR -> "--actor";
            case REASON -> "--reason";
            case EMERGENCY -> "--emergency";
            case AGENTS -> "--agent";
            case PROJECT_NAME -> "--name";
            case PROJECT_PATH -> "--project";
            case TESTIMONY_FILE -> "--file";
            case REGISTRY -> "--registry";
            case BASELINE -> "--baseline";
            case WRITE_BASELINE -> "--write-baseline";
            case CONFIG -> "--config";
            case FORMAT -> "--format";
            case FIX_UNSAFE -> "--fix-unsafe";
            case DRY_RUN -> "--dry-run";
            case COMPONENT -> "--component";
            case GIT_COMMIT -> "--git-commit";
            case REQUEST -> "--request";
            case MAX_AGE -> "--max-age";
            case DRIFT_TARGET -> "--target";
        };
    }
}
