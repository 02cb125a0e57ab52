package dev.deploytrack.wording;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a front door names {@link Setting}s in messages: the command line as options, the Maven plugin as properties.
 * Each front door implements it once; the core never spells a flag or a property itself.
 */
public interface Wording {

    /**
     * How a user sets {@code setting} to {@code value}, e.g. {@code --env NAME} or {@code -Ddeploytrack.env=NAME}.
     *
     * @param value a concrete value or a placeholder such as {@code NAME}; {@code null} for a switch
     */
    String option(Setting setting, String value);

    /**
     * How a user runs {@code command} with {@code setting} switched on, e.g. {@code deploytrack scan --write-baseline}
     * or {@code mvn deploytrack:scan -Ddeploytrack.writeBaseline}.
     */
    String command(String command, Setting setting);

    /**
     * How a user runs {@code command} with each of {@code options} set, e.g.
     * {@code deploytrack approve --name api --env production}; a front door without that command says where it is
     * run instead, in its own words, never with another front door's flags.
     */
    String run(String command, List<Option> options);

    /** A setting and its value or placeholder ({@code null} for a switch), as given to {@link #run}. */
    record Option(Setting setting, String value) {
    }

    /**
     * Names settings by what they are, for messages that reach no front door (exception texts in logs and tests);
     * each front door words messages itself.
     */
    Wording NEUTRAL = new Wording() {
        @Override
        public String option(Setting setting, String value) {
            String name = setting.name().toLowerCase(Locale.ROOT).replace('_', '-');
            return value == null ? "setting " + name : "setting " + name + "=" + value;
        }

        @Override
        public String command(String command, Setting setting) {
            return command + " with " + option(setting, null);
        }

        @Override
        public String run(String command, List<Option> options) {
            return command + " with " + options.stream().map(o -> option(o.setting(), o.value()))
                    .collect(Collectors.joining(", "));
        }
    };
}
