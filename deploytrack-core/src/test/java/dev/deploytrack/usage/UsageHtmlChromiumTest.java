package dev.deploytrack.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.deploytrack.usage.report.UsageHtmlReport;
import dev.deploytrack.usage.report.UsageReport;
import dev.deploytrack.usage.report.UsageReporter;
import java.awt.image.BufferedImage;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: Debian's headless Chromium renders it, offline (no network is needed: the page
 * has no external resource). The DOM after layout, measured by a script the test adds, shows every bar with its
 * figures and a height proportional to its cost; the screenshot shows the agents' colours, the budget line and the
 * anomaly marker. Required in CI ({@code DEPLOYTRACK_REQUIRE_CHROMIUM=1}, set by .ci/run, which installs chromium);
 * skipped with a message elsewhere. Set {@code DEPLOYTRACK_SCREENSHOT} to a path to keep the screenshot (the README's
 * picture is made so).
 */
class UsageHtmlChromiumTest {

    @TempDir
    Path root;

    private static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        if ("1".equals(System.getenv("DEPLOYTRACK_REQUIRE_CHROMIUM"))) {
            fail("DEPLOYTRACK_REQUIRE_CHROMIUM=1 but no chromium is installed (apt-get install chromium)");
        }
        assumeTrue(false, "HTML report browser test skipped: install Debian's chromium package "
                + "(apt-get install chromium), as .ci/run does");
        return null;
    }

    private UsageReport report() throws Exception {
        UsageTestSupport.write(root.resolve("deploytrack.yml"), """
                usage:
                  attribution:
                    - agent: "{metadata.agent}"
                      environment: production
                      when: {cwd: /srv/prod}
                """);
        UsageTestSupport.write(root.resolve("environments/production/budget-limits.yaml"),
                "daily_limit_usd: 40\nmonthly_limit_usd: 900\n");
        List<UsageRecord> records = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            LocalDate date = LocalDate.of(2026, 11, day);
            records.addAll(SyntheticMonths.day("code-review", "/srv/prod", date, 5,
                    new BigDecimal(day == 17 ? "45.00" : "12.00")));
            records.addAll(SyntheticMonths.day("release-notes", "/srv/prod", date, 3, new BigDecimal("6.50")));
        }
        Instant asOf = Instant.parse("2026-11-20T18:00:00Z");
        try (UsageService service = UsageTestSupport.service(root, asOf)) {
            service.store().append(records);
            return service.report(Period.MONTH, UsageReporter.GroupBy.AGENT, asOf);
        }
    }

    private static Process run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return process;
    }

    private List<String> flags(Path profile) {
        return List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=960,1500", "--hide-scrollbars");
    }

    @Test
    void chartsRenderWithTheirFiguresAndTheScreenshotShowsThem() throws Exception {
        String browser = chromium();
        UsageReport report = report();
        String html = UsageHtmlReport.render(report);
        Path page = root.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);

        // The DOM after layout, with each bar's rendered height written into it by a script the test adds.
        String measure = "<script>document.addEventListener('DOMContentLoaded',function(){var out=[];"
                + "document.querySelectorAll('#daily-chart rect.bar').forEach(function(r){var b=r.getBoundingClientRect();"
                + "out.push(r.dataset.day+'|'+r.dataset.agent+'|'+r.dataset.cost+'|'+b.height.toFixed(2));});"
                + "var p=document.createElement('pre');p.id='measured';p.textContent=out.join(';');"
                + "document.body.appendChild(p);});</script>";
        Path measured = root.resolve("measured.html");
        Files.writeString(measured, html.replace("</body>", measure + "</body>"), StandardCharsets.UTF_8);
        List<String> dump = new ArrayList<>(List.of(browser));
        dump.addAll(flags(root.resolve("profile-1")));
        dump.addAll(List.of("--dump-dom", measured.toUri().toString()));
        Process process = new ProcessBuilder(dump).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        Matcher matcher = Pattern.compile("<pre id=\"measured\">([^<]*)</pre>").matcher(dom);
        assertTrue(matcher.find(), "the page rendered and ran: " + dom.substring(0, Math.min(400, dom.length())));
        String[] bars = matcher.group(1).split(";");
        // 20 days x 2 agents, each bar with its cost; the 17th's code-review bar is the spike.
        assertEquals(40, bars.length);
        double perDollar = -1;
        for (String bar : bars) {
            String[] parts = bar.split("\\|");
            double cost = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            assertTrue(height > 0, bar);
            if (perDollar < 0) {
                perDollar = height / cost;
            }
            assertEquals(perDollar * cost, height, 0.15, "heights are proportional to cost: " + bar);
            if (parts[0].equals("2026-11-17") && parts[1].equals("code-review")) {
                assertEquals("45.00", parts[2]);
            }
        }
        assertTrue(dom.contains("class=\"anomaly\""), "the spike is marked");
        assertTrue(dom.contains("data-day=\"2026-11-17\" data-agent=\"code-review\"><title>code-review cost $45.00"),
                "the marker names the anomaly");
        assertTrue(dom.contains("class=\"budget\"") && dom.contains("data-limit=\"30.00\""), "the budget per day: $900 / 30 days");
        assertTrue(dom.contains("class=\"forecast\""), "the forecast line");

        // The screenshot: the agents' colours, the budget's red and the marker are on the page.
        Path png = root.resolve("report.png");
        List<String> shot = new ArrayList<>(List.of(browser));
        shot.addAll(flags(root.resolve("profile-2")));
        shot.addAll(List.of("--screenshot=" + png, page.toUri().toString()));
        Process screenshot = run(shot);
        assertTrue(screenshot.waitFor(120, TimeUnit.SECONDS), "chromium did not finish the screenshot");
        assertTrue(Files.size(png) > 10_000, "a screenshot was written");
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(count(image, 0x1f77b4) > 2_000, "code-review's bars are drawn");
        assertTrue(count(image, 0xff7f0e) > 1_000, "release-notes' bars are drawn");
        assertTrue(count(image, 0xd62728) > 20, "the anomaly marker is drawn");
        String keep = System.getenv("DEPLOYTRACK_SCREENSHOT");
        if (keep != null && !keep.isBlank()) {
            Files.copy(png, new File(keep).toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Pixels of about {@code rgb} (anti-aliasing leaves edges off by a few levels). */
    private static int count(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int pixel = image.getRGB(x, y);
                if (Math.abs(((pixel >> 16) & 255) - ((rgb >> 16) & 255)) < 8
                        && Math.abs(((pixel >> 8) & 255) - ((rgb >> 8) & 255)) < 8
                        && Math.abs((pixel & 255) - (rgb & 255)) < 8) {
                    count++;
                }
            }
        }
        return count;
    }
}
