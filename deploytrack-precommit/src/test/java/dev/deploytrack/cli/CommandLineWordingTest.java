package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The command line words the core's settings as its own options, and only as options it has. */
class CommandLineWordingTest {

    @Test
    void everySettingIsWordedAsAnOptionSomeCommandTakes() {
        String help = Main.commands().values().stream().map(Command::help).collect(Collectors.joining("\n"));
        for (Setting setting : Setting.values()) {
            String flag = CommandLineWording.flag(setting);
            assertTrue(help.contains(flag + " ") || help.contains(flag + "\n"),
                    setting + " is worded as " + flag + ", which no command's help lists");
        }
    }

    @Test
    void messagesNameOptionsWithTheirValues() {
        Message message = Message.of("name the environment (", Message.option(Setting.ENVIRONMENT, "NAME"),
                "), or override with ", Message.option(Setting.EMERGENCY, null), "; then run '",
                Message.command("scan", Setting.WRITE_BASELINE), "'");
        assertEquals("name the environment (--env NAME), or override with --emergency; then run "
                + "'deploytrack scan --write-baseline'", message.in(CommandLineWording.INSTANCE));
    }
}
