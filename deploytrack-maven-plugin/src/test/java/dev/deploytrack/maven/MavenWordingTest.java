package dev.deploytrack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import org.junit.jupiter.api.Test;

/** Maven words the core's settings as the goals' properties, and only as properties a goal has. */
class MavenWordingTest {

    @Test
    void everyPropertyInAMessageIsOneAGoalReads() throws Exception {
        String descriptor = new String(getClass().getResourceAsStream("/META-INF/maven/plugin.xml").readAllBytes());
        for (Setting setting : Setting.values()) {
            String property = MavenWording.property(setting);
            if (property != null) {
                assertTrue(descriptor.contains("${" + property + "}"), setting + " is worded as -D" + property
                        + ", which no goal reads");
            }
        }
    }

    @Test
    void messagesNamePropertiesAndGoals() {
        Message message = Message.of("name the environment (", Message.option(Setting.ENVIRONMENT, "NAME"),
                "), or override with ", Message.option(Setting.EMERGENCY, null), "; then run '",
                Message.command("scan", Setting.WRITE_BASELINE), "'");
        assertEquals("name the environment (-Ddeploytrack.env=NAME), or override with -Ddeploytrack.emergency; then "
                + "run 'mvn deploytrack:scan -Ddeploytrack.writeBaseline'", message.in(MavenWording.INSTANCE));
    }
}
