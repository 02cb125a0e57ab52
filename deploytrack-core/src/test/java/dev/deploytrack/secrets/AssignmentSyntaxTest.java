package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value of a secret-named key in every syntax the contextual rule reads, and non-literals that look alike. */
class AssignmentSyntaxTest {

    private static final String PASSWORD = new FakeSecrets(77).password();
    private static final String TOKEN = new FakeSecrets(78).alnum(32);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " :: ", value = {
        ".env :: DB_PASSWORD=%p",
        ".env :: DB_PASSWORD = \"%p\"",
        "run.sh :: export API_TOKEN='%t'",
        "app.yaml :: db:\\n  password: %p  # prod",
        "app.json :: {\"db\":{\"password\":\"%p\"}}",
        "app.toml :: [db]\\npassword = \"%p\"",
        "app.properties :: spring.datasource.password=%p",
        "app.ini :: [db]\\r\\npassword: %p",
        "Dockerfile :: ENV API_KEY=%t",
        "app.py :: client = Client(api_key=\"%t\")",
        "app.py :: password: str = \"%p\"",
        "app.py :: # DB_PASSWORD=%p",
        "app.ts :: const apiKey: string = '%t';",
        "App.java :: builder.password(\"%p\");",
        "app.go :: cfg := Config{APIKey: \"%t\"}",
        "app.rb :: ENV[\"API_TOKEN\"] ||= \"%t\"",
        "app.php :: define('DB_PASSWORD', '%p');",
        "Program.cs :: var c = \"Server=db;User Id=sa;Password=%p;\";",
        "Db.java :: String url = \"jdbc:postgresql://db/app?user=app&password=%t&ssl=true\";",
        "app.xml :: <password>%p</password>",
        "web.config :: <add key=\"ApiToken\" value=\"%t\" />",
        "deploy.yaml :: - name: DB_PASSWORD\\n  value: \"%p\"",
        "task.json :: {\"name\": \"API_KEY\", \"value\": \"%t\"}",
        "run.sh :: agent --api-key %t --verbose",
        "run.sh :: agent --password=%p",
        "mcp.json :: {\"args\": [\"{\\\"token\\\": \\\"%t\\\"}\"]}",
        "notes.md :: Password: `%p`",
        "providers.yaml :: mistral:\\n  key: %t",
        ".netrc :: machine api.example.com login agent password %t",
    })
    void isReportedAtTheValue(String path, String template) {
        Scans.assertReportedOnceAtTheValue(path, template, PASSWORD, TOKEN);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " :: ", value = {
        "app.py :: password = getpass.getpass()",
        "app.py :: api_key: str = Field(..., env=\"OPENAI_API_KEY\")",
        "app.ts :: const token = await getToken(user);",
        "app.ts :: if (password === confirmPassword) {}",
        "app.tf :: password = var.db_password",
        "secrets.yaml :: password: ENC[AES256_GCM,data:abcdEFGH1234,iv:x,tag:y,type:str]",
        "ci.yaml :: key: ${{ runner.os }}-node-${{ hashFiles('**/package-lock.json') }}",
        "ci.yaml :: secrets: inherit",
        "k8s.yaml :: secretKeyRef: {name: db, key: password}",
        "tags.yaml :: - key: Environment\\n  value: production",
        "cache.yaml :: key: 7308e756a728e08885f6896dcf90e6c21e37ebb8",
        "api.json :: {\"name\": \"X-API-Key\", \"in\": \"header\"}",
        "form.html :: <input type=\"password\" name=\"password\" value=\"{{ password }}\">",
        "i18n.json :: {\"password\": \"Passwort\", \"token_expired\": \"TokenExpired\"}",
        "compose.yaml :: POSTGRES_PASSWORD: example",
    })
    void nonLiteralsAreNotReported(String path, String template) {
        String text = template.replace("\\n", "\n");
        assertTrue(Scans.scan(path, text).isEmpty(), text + " -> " + Scans.describe(Scans.scan(path, text)));
    }

    @org.junit.jupiter.api.Test
    void shortValuesNeedVariety() {
        assertEquals(List.of("generic-password"), Scans.rules(".env", "DB_PASSWORD=Xq9#vL"));
        assertTrue(Scans.scan(".env", "DB_PASSWORD=xq9vlw").isEmpty(), "six characters of two kinds");
        assertTrue(Scans.scan(".env", "DB_PASSWORD=S3cr3t!").isEmpty(), "a word in leetspeak is a made-up password");
        assertEquals(List.of("generic-secret"), Scans.rules(".env", "API_KEY=aB3xK9mQ2pL7"));
        assertTrue(Scans.scan(".env", "API_KEY=ab3xk9mq2pl7").isEmpty(), "twelve characters of two kinds");
        assertTrue(Scans.scan(".env", "API_KEY=sk-proj-ab12...").isEmpty(), "an ellipsis marks a truncated example");
    }
}
