package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Secrets hidden by an encoding: JSON-escaped strings, base64 Kubernetes Secret data, Docker and npm auth. */
class EncodedSecretsTest {

    private final FakeSecrets fake = new FakeSecrets(9);

    @Test
    void valuesInsideJsonEscapedStrings() {
        String password = fake.password();
        String apiKey = fake.alnum(40);
        String text = "{\n  \"args\": [\"--config\", \"{\\\"db\\\": {\\\"password\\\": \\\"" + password
                + "\\\"}, \\\"api_key\\\": \\\"" + apiKey + "\\\"}\"],\n"
                + "  \"env\": {\"DOTENV\": \"USER=agent\\nPASSWORD=" + password + "\\nMODE=prod\"}\n}\n";
        List<SecretMatch> matches = Scans.scan(".mcp.json", text);
        assertEquals(List.of("generic-password", "generic-secret", "generic-password"),
                matches.stream().map(SecretMatch::ruleId).toList(), Scans.describe(matches));
        assertEquals(2, matches.get(0).line());
        assertEquals(3, matches.get(2).line());
    }

    @Test
    void privateKeyWithEscapedLineBreaksInAServiceAccountFile() {
        String text = "{\n  \"type\": \"service_account\",\n  \"private_key_id\": \"" + fake.hex(40) + "\",\n"
                + "  \"private_key\": \"" + fake.pem("PRIVATE KEY", "\\n") + "\\n\"\n}\n";
        assertEquals(List.of("gcp-service-account"), Scans.rules("sa.json", text));
        assertEquals(List.of("private-key"), Scans.rules("key.json", text.replace("service_account", "x")));
    }

    @Test
    void kubernetesSecretDataIsDecodedAndReportedAtTheBase64Value() {
        String password = fake.password();
        String token = "glpat-" + fake.urlsafe(20);
        String text = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: agent\ndata:\n"
                + "  username: " + FakeSecrets.base64("agent") + "\n"
                + "  password: " + FakeSecrets.base64(password) + "\n"
                + "  config: " + FakeSecrets.base64("gitlab:\n  token: " + token + "\n") + "\n"
                + "  placeholder: " + FakeSecrets.base64("changeme") + "\n"
                + "  tls.crt: " + FakeSecrets.base64("-----BEGIN CERTIFICATE-----\n" + fake.pemBody(300, "\n")
                + "\n-----END CERTIFICATE-----\n") + "\n"
                + "stringData:\n  note: plain\n";
        List<SecretMatch> matches = Scans.scan("k8s/secret.yaml", text);
        assertEquals(List.of("generic-password", "gitlab-pat"), matches.stream().map(SecretMatch::ruleId).toList(),
                Scans.describe(matches));
        assertEquals(7, matches.get(0).line());
        assertEquals(13, matches.get(0).column());
        assertTrue(matches.get(0).message().contains("base64-decoded Kubernetes Secret data"));
        assertTrue(Scans.scan("k8s/configmap.yaml", text.replace("kind: Secret", "kind: ConfigMap")).stream()
                .noneMatch(m -> m.ruleId().equals("gitlab-pat")), "only Secrets are decoded");
    }

    @Test
    void dockerConfigInsideAKubernetesSecretIsDecodedTwice() {
        String auth = FakeSecrets.base64("robot$agent:" + fake.alnum(32));
        String dockerConfig = "{\"auths\":{\"registry.example.com\":{\"auth\":\"" + auth + "\"}}}";
        String text = "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n"
                + "  .dockerconfigjson: " + FakeSecrets.base64(dockerConfig) + "\n";
        assertEquals(List.of("docker-registry-auth"), Scans.rules("pull-secret.yaml", text));
    }

    @Test
    void dockerAndNpmAuthAreDecoded() {
        String text = "{\n  \"auths\": {\n    \"ghcr.io\": {\"auth\": \"" + FakeSecrets.base64("bot:" + fake.alnum(
                30)) + "\"},\n    \"docker.io\": {\"auth\": \"" + FakeSecrets.base64("user:password") + "\"}\n  }\n}\n";
        List<SecretMatch> matches = Scans.scan(".docker/config.json", text);
        assertEquals(1, matches.size(), Scans.describe(matches));
        assertEquals(3, matches.get(0).line());
        assertEquals(List.of("docker-registry-auth"), Scans.rules(".npmrc", "_auth=" + FakeSecrets.base64(
                "ci:" + fake.password())));
        assertEquals(List.of("authorization-header"), Scans.rules("api.http", "Authorization: Basic "
                + FakeSecrets.base64("svc:" + fake.password())));
        assertTrue(Scans.scan("api.http", "Authorization: Basic " + FakeSecrets.base64("user:pass")).isEmpty());
    }
}
