package dev.deploytrack.secrets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The other side of {@link NotSecretsTest}: a generated value in the same places, written as each language writes
 * a string (raw, verbatim, template, prefixed, in a Markdown code block, in prose), is still reported, once, at
 * the value. Values are built at test time; none is stored.
 */
class SecretsInCodeTest {

    private static final String TOKEN = new FakeSecrets(1313).alnum(32);
    private static final String PASSWORD = new FakeSecrets(1314).password();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " :: ", value = {
        "app.py :: api_key = \"%t\"",
        "app.py :: api_key = r\"%t\"",
        "app.py :: client = Client(api_key=f\"%t\")",
        "app.py :: API_TOKEN = '%t'  # rotate monthly",
        "app.ts :: const apiKey = `%t`;",
        "app.ts :: headers: { 'X-Api-Key': '%t' },",
        "App.java :: private static final String API_TOKEN = \"%t\";",
        "Program.cs :: var apiKey = @\"%t\";",
        "Program.cs :: options.ApiKey = \"%t\";",
        "main.go :: const apiToken = `%t`",
        "main.rs :: let api_key = r#\"%t\"#;",
        "main.rs :: let api_key = \"%t\".to_string();",
        "app.rb :: config.api_token = '%t'",
        "app.php :: $apiKey = '%t';",
        "App.kt :: val apiToken = \"%t\"",
        "run.sh :: export API_TOKEN=%t",
        "run.sh :: agent --token %t --verbose",
        "seed.sql :: CREATE USER app WITH PASSWORD '%p';",
        "README.md :: ```python\\nclient = Anthropic(api_key=\"%t\")\\n```",
        "README.md :: ```bash\\nexport API_TOKEN=%t\\n```",
        "README.md :: ```\\nAPI_TOKEN=%t\\n```",
        "README.md :: Set the token: API_TOKEN=%t",
        "README.md :: The deploy password is `%p`.",
        "rules.mdc :: api_key: %t",
        "notebook.ipynb :: \"source\": [\"client = Client(api_key=\\\"%t\\\")\\n\"]",
        "values.yaml :: apiToken: %t",
    })
    void isReportedAtTheValue(String path, String template) {
        Scans.assertReportedOnceAtTheValue(path, template, PASSWORD, TOKEN);
    }
}
