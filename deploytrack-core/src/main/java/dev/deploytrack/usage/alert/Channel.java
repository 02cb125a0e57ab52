package dev.deploytrack.usage.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deploytrack.usage.store.UsageStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Where alerts are sent: a Slack incoming webhook, a generic JSON webhook, or PagerDuty Events v2. Each builds its
 * payload and posts it with the JDK's HTTP client (a JSON POST needs no library). A webhook URL and a routing key are
 * credentials: they come from environment variables, are never printed in full ({@link #describe}), and are left out
 * of the payload a dry run prints.
 */
public abstract class Channel {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    final String url;

    Channel(String url) {
        this.url = url;
    }

    /** {@code slack}, {@code webhook}, {@code pagerduty}. */
    public abstract String name();

    /** The JSON body posted for {@code alert}. */
    abstract ObjectNode payload(Alert alert, Instant now);

    /** The body a dry run prints: the same, with credentials in it replaced. */
    public String dryRunPayload(Alert alert, Instant now) {
        return payload(alert, now).toPrettyString();
    }

    /** Where it posts, safe to print: the scheme and host, the rest elided. */
    public String describe() {
        return name() + " (" + redactUrl(url) + ")";
    }

    static String redactUrl(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "" : "/...");
        } catch (IllegalArgumentException e) {
            return "(a URL that is not valid)";
        }
    }

    /** Posts the alert; a refusal or a network failure is a {@link UsageStore.DeliveryException}. */
    public void send(Alert alert, HttpClient client, Instant now) throws UsageStore.DeliveryException {
        byte[] body = payload(alert, now).toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            throw new UsageStore.DeliveryException(describe() + ": the URL is not valid");
        }
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new UsageStore.DeliveryException(describe() + " answered HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UsageStore.DeliveryException(describe() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage().replace(url, redactUrl(url))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageStore.DeliveryException(describe() + ": interrupted");
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void putDetails(ObjectNode node, Map<String, Object> details) {
        details.forEach((key, value) -> {
            if (value instanceof Number number) {
                node.put(key, number.toString());
            } else {
                node.put(key, value == null ? null : value.toString());
            }
        });
    }

    /** A Slack incoming webhook: a text message (mrkdwn), as Slack's webhooks take it. */
    public static final class Slack extends Channel {

        public Slack(String url) {
            super(url);
        }

        @Override
        public String name() {
            return "slack";
        }

        @Override
        ObjectNode payload(Alert alert, Instant now) {
            ObjectNode body = object();
            String icon = switch (alert.severity()) {
                case "critical", "error" -> ":rotating_light:";
                default -> ":warning:";
            };
            body.put("text", icon + " deploytrack: " + alert.summary());
            ObjectNode section = body.putArray("blocks").addObject();
            section.put("type", "section");
            ObjectNode text = section.putObject("text");
            text.put("type", "mrkdwn");
            text.put("text", icon + " *deploytrack " + alert.kind() + "*\n" + alert.summary());
            return body;
        }
    }

    /** A generic webhook: the alert as JSON, for any receiver. */
    public static final class Webhook extends Channel {

        public Webhook(String url) {
            super(url);
        }

        @Override
        public String name() {
            return "webhook";
        }

        @Override
        ObjectNode payload(Alert alert, Instant now) {
            ObjectNode body = object();
            body.put("source", "deploytrack");
            body.put("event", "usage." + alert.kind());
            body.put("key", alert.key());
            body.put("severity", alert.severity());
            body.put("summary", alert.summary());
            if (alert.environment() != null) {
                body.put("environment", alert.environment());
            }
            body.put("fired_at", now.toString());
            putDetails(body.putObject("details"), alert.details());
            return body;
        }
    }

    /** PagerDuty Events API v2: a trigger event whose dedup key is the alert's key. */
    public static final class PagerDuty extends Channel {

        private final String routingKey;

        public PagerDuty(String url, String routingKey) {
            super(url);
            this.routingKey = routingKey;
        }

        @Override
        public String name() {
            return "pagerduty";
        }

        @Override
        public String describe() {
            return "pagerduty (" + redactUrl(url) + ", routing key from the environment)";
        }

        @Override
        ObjectNode payload(Alert alert, Instant now) {
            return payload(alert, now, routingKey);
        }

        @Override
        public String dryRunPayload(Alert alert, Instant now) {
            return payload(alert, now, "(from the environment, not shown)").toPrettyString();
        }

        private static ObjectNode payload(Alert alert, Instant now, String key) {
            ObjectNode body = object();
            body.put("routing_key", key);
            body.put("event_action", "trigger");
            body.put("dedup_key", "deploytrack:" + alert.key());
            ObjectNode payload = body.putObject("payload");
            payload.put("summary", alert.summary().length() > 1024 ? alert.summary().substring(0, 1021) + "..."
                    : alert.summary());
            payload.put("source", "deploytrack");
            payload.put("severity", alert.severity());
            payload.put("timestamp", now.toString());
            if (alert.environment() != null) {
                payload.put("component", alert.environment());
            }
            payload.put("group", "usage");
            payload.put("class", alert.kind());
            putDetails(payload.putObject("custom_details"), alert.details());
            return body;
        }
    }
}
