import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates Claude Code session logs for the usage benchmark: DIR/projects/<project>/<session>.jsonl until TOTAL_MB
 * are written, over the 30 days of November 2026, each response written as Claude Code writes it (a streaming line,
 * then one line per content block), with user lines and tool results between them (about 1 KB of content per line).
 * Deterministic (seeded): the same arguments give the same files.
 *
 * java GenerateClaudeLogs.java DIR TOTAL_MB
 */
public class GenerateClaudeLogs {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve("projects");
        long total = Long.parseLong(args[1]) << 20;
        Random random = new Random(16);
        String[] models = {"claude-sonnet-4-5-20250929", "claude-opus-4-8", "claude-haiku-4-5"};
        String filler = "x".repeat(900);
        long written = 0;
        int session = 0;
        long responses = 0;
        while (written < total) {
            int day = 1 + session % 30;
            String project = "-srv-agents-agent-" + (session % 12);
            Path file = dir.resolve(project).resolve("session-" + session + ".jsonl");
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int m = 0; m < 200 && written < total; m++) {
                    String time = String.format("2026-11-%02dT%02d:%02d:%02d.000Z", day, 8 + m / 60 % 12, m % 60,
                            random.nextInt(60));
                    String user = "{\"type\":\"user\",\"sessionId\":\"s" + session + "\",\"cwd\":\"/srv/agents/agent-"
                            + session % 12 + "\",\"timestamp\":\"" + time + "\",\"message\":{\"role\":\"user\","
                            + "\"content\":[{\"type\":\"tool_result\",\"content\":\"" + filler + "\"}]}}\n";
                    out.write(user);
                    written += user.length();
                    String model = models[(session / 7) % models.length];
                    long input = 1 + random.nextInt(2000);
                    long output = 50 + random.nextInt(3000);
                    long read = random.nextInt(80_000);
                    long write = random.nextInt(5_000);
                    for (int copy = 0; copy < 3; copy++) {
                        String line = "{\"parentUuid\":null,\"isSidechain\":false,\"type\":\"assistant\",\"sessionId\":\"s"
                                + session + "\",\"cwd\":\"/srv/agents/agent-" + session % 12 + "\",\"version\":\"2.1.0\","
                                + "\"requestId\":\"req_" + session + "_" + m + "\",\"timestamp\":\"" + time + "\","
                                + "\"message\":{\"id\":\"msg_" + session + "_" + m + "\",\"type\":\"message\",\"role\":"
                                + "\"assistant\",\"model\":\"" + model + "\",\"content\":[{\"type\":\"text\",\"text\":\""
                                + filler.substring(0, 300) + "\"}],\"usage\":{\"input_tokens\":" + input
                                + ",\"cache_creation_input_tokens\":" + write + ",\"cache_read_input_tokens\":" + read
                                + ",\"output_tokens\":" + (copy == 0 ? 1 : output) + "}}}\n";
                        out.write(line);
                        written += line.length();
                    }
                    responses++;
                }
            }
            session++;
        }
        System.out.println("wrote " + (written >> 20) + " MB, " + session + " sessions, " + responses + " responses");
    }
}
