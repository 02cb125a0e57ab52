package dev.deploytrack.usage;

import dev.deploytrack.registry.HistoryEntry;
import dev.deploytrack.registry.Registry;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which agent, environment and agent version a record belongs to: the first {@code usage.attribution} rule it
 * meets gives the agent and environment (no rule: {@value #UNATTRIBUTED}), and the registry's history gives the
 * version of that agent that was deployed to that environment at the record's time (the latest deployment,
 * update, redeployment or rollback at or before it; in the rule's {@code project} when it names one, else in any
 * project). Rules read the records' stored facts when a report is made, so changing a rule or recording a
 * deployment later changes every report after it, without ingesting again.
 */
public final class UsageAttribution {

    public static final String UNATTRIBUTED = "(unattributed)";
    public static final String NO_VERSION = "(none recorded)";

    private final List<AttributionRule> rules;
    private final Map<String, Deployments> versions = new HashMap<>();

    /**
     * @param rules    the rules, first match wins
     * @param registry the registry, for versions; {@code null} when there is none
     */
    public UsageAttribution(List<AttributionRule> rules, Registry registry) {
        this.rules = List.copyOf(rules);
        if (registry != null) {
            Map<String, List<HistoryEntry>> grouped = new HashMap<>();
            for (HistoryEntry entry : registry.history()) {
                if (entry.isDeployment() && entry.environment() != null && entry.timestamp() != null) {
                    grouped.computeIfAbsent(entry.agent() + "\u0000" + entry.environment(), k -> new ArrayList<>())
                            .add(entry);
                    grouped.computeIfAbsent(entry.project() + "\u0000" + entry.agent() + "\u0000"
                            + entry.environment(), k -> new ArrayList<>()).add(entry);
                }
            }
            grouped.forEach((key, entries) -> versions.put(key, Deployments.of(entries)));
        }
    }

    /** Where a record belongs. */
    public record Attributed(String agent, String environment, String version, AttributionRule rule) {
    }

    public Attributed attribute(UsageRecord record) {
        for (AttributionRule rule : rules) {
            if (rule.matches(record)) {
                String agent = AttributionRule.resolve(rule.agent(), record);
                String environment = AttributionRule.resolve(rule.environment(), record);
                return new Attributed(agent, environment, version(rule.project(), agent, environment, record.time()),
                        rule);
            }
        }
        return new Attributed(UNATTRIBUTED, UNATTRIBUTED, NO_VERSION, null);
    }

    /** The version of {@code agent} deployed to {@code environment} at {@code time}. */
    public String version(String project, String agent, String environment, Instant time) {
        Deployments deployments = versions.get((project == null ? "" : project + "\u0000") + agent + "\u0000"
                + environment);
        return deployments == null ? NO_VERSION : deployments.at(time);
    }

    /** The times at which a version of {@code agent} reached {@code environment}, oldest first. */
    public List<Instant> deploymentTimes(String agent, String environment) {
        Deployments deployments = versions.get(agent + "\u0000" + environment);
        if (deployments == null) {
            return List.of();
        }
        List<Instant> times = new ArrayList<>();
        for (long millis : deployments.times) {
            times.add(Instant.ofEpochMilli(millis));
        }
        return times;
    }

    /** One agent's deployments to one environment, by time: a binary search finds the version at a time. */
    private static final class Deployments {
        private final long[] times;
        private final String[] versions;

        private Deployments(long[] times, String[] versions) {
            this.times = times;
            this.versions = versions;
        }

        static Deployments of(List<HistoryEntry> entries) {
            List<long[]> order = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (HistoryEntry entry : entries) {
                try {
                    order.add(new long[] {Instant.parse(entry.timestamp()).toEpochMilli(), values.size()});
                    values.add(entry.version());
                } catch (DateTimeParseException e) {
                    // a hand-written timestamp that is not ISO 8601: not a point in time to attribute by
                }
            }
            order.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            long[] times = new long[order.size()];
            String[] versions = new String[order.size()];
            for (int i = 0; i < order.size(); i++) {
                times[i] = order.get(i)[0];
                versions[i] = values.get((int) order.get(i)[1]);
            }
            return new Deployments(times, versions);
        }

        String at(Instant time) {
            long millis = time.toEpochMilli();
            int index = Arrays.binarySearch(times, millis);
            if (index < 0) {
                index = -index - 2;
            } else {
                while (index + 1 < times.length && times[index + 1] == millis) {
                    index++;
                }
            }
            return index < 0 ? NO_VERSION : versions[index];
        }
    }
}
