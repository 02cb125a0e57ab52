import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes a file-backend usage store of RECORDS records over November 2026 (DIR/deployments/usage/2026/11/*.jsonl,
 * sorted as deploytrack writes them), for the report benchmark: 12 agents' working directories, three models.
 *
 * java GenerateUsageStore.java DIR RECORDS
 */
public class GenerateUsageStore {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve("deployments/usage/2026/11");
        Files.createDirectories(dir);
        long records = Long.parseLong(args[1]);
        long perDay = records / 30;
        Random random = new Random(16);
        String[] models = {"claude-sonnet-4-5-20250929", "claude-opus-4-8", "gpt-5"};
        for (int day = 1; day <= 30; day++) {
            String date = String.format("2026-11-%02d", day);
            List<String> lines = new ArrayList<>((int) perDay);
            for (long i = 0; i < perDay; i++) {
                int agent = random.nextInt(12);
                lines.add("{\"source\":\"claude-code\",\"key\":\"msg_" + day + "_" + i + ":req_" + i + "\",\"time\":\""
                        + date + "T" + String.format("%02d:%02d:%02dZ", random.nextInt(24), random.nextInt(60),
                        random.nextInt(60)) + "\",\"model\":\"" + models[agent % 3] + "\",\"provider\":\"anthropic\","
                        + "\"input\":" + random.nextInt(2000) + ",\"cache_read\":" + random.nextInt(80000)
                        + ",\"cache_write_5m\":" + random.nextInt(5000) + ",\"cache_write_1h\":0,\"output\":"
                        + random.nextInt(3000) + ",\"reasoning\":0,\"calls\":1,\"session\":\"s" + (i / 200)
                        + "\",\"cwd\":\"/srv/agents/agent-" + agent + "\"}");
            }
            Collections.sort(lines);
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(date + ".jsonl"), StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        System.out.println("wrote " + perDay * 30 + " records");
    }
}
