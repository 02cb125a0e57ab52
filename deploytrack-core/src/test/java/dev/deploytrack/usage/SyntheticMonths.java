package dev.deploytrack.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Synthetic usage: records with their own cost, one per call, for the alert and anomaly tests. */
final class SyntheticMonths {

    private SyntheticMonths() {
    }

    /** {@code calls} calls of {@code agent} on {@code day} costing {@code dayCost} together. */
    static List<UsageRecord> day(String agent, String cwd, LocalDate day, int calls, BigDecimal dayCost) {
        List<UsageRecord> records = new ArrayList<>();
        BigDecimal each = dayCost.divide(BigDecimal.valueOf(calls), 8, RoundingMode.HALF_UP);
        for (int i = 0; i < calls; i++) {
            Instant time = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600 + i * 60L);
            Map<String, String> metadata = new TreeMap<>(Map.of("agent", agent));
            records.add(new UsageRecord(UsageSources.LITELLM, agent + "-" + day + "-" + i, time, "gpt-4o", "openai",
                    new Tokens(1000, 0, 0, 0, 100, 0), 1, each, false, null, cwd, null, List.of(),
                    new TreeMap<>(metadata)));
        }
        return records;
    }
}
