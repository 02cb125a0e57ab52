package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deploytrack.validate.TempRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agents a deployment records are the ones validate finds: discovery through its one entry point. */
class AgentVersionDiscoveryTest {

    @TempDir
    Path dir;

    @Test
    void aPluginsAgentsAreTheOnesItsManifestLists() throws Exception {
        new TempRepo(dir)
                .write("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\", \"agents\": [\"./custom/a.md\"]}")
                .write("plugins/p/custom/a.md", "---\nname: a\ndescription: Does a.\nversion: 1.2.0\n---\nA.\n")
                // the manifest's 'agents' replaces the default folder: Claude Code does not load b
                .write("plugins/p/agents/b.md", "---\nname: b\ndescription: Does b.\nversion: 1.0.0\n---\nB.\n");
        AgentVersionDiscovery.Found found = AgentVersionDiscovery.discover(dir);
        assertEquals(List.of("a@1.2.0"), found.agents().stream().map(agent -> agent.id() + "@" + agent.version())
                .toList());
    }
}
