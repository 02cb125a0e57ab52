var apiKey = builder.AddParameter("api-key");
var dbPassword = builder.AddParameter("db-password", secret: true);
string apiKey = Environment.GetEnvironmentVariable("MY_API_KEY");
ApiKey = Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY"),
clientSecret: Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET"),
string headerValue = $"Bearer resource_metadata=\"{rawPrmDocumentUri}\"";
private static readonly string AuthorizationFilterInvokedKey = "ModelContextProtocol.AspNetCore.AuthorizationFilter.Invoked";
public const string GrantTypeJwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";
Assert.True(headers.ContainsKey("Mcp-Param-Region"), "Expected Mcp-Param-Region header to be sent");
Assert.True(deserialized.Extensions.ContainsKey("io.modelcontextprotocol/apps"));
private const string RequestStateToken = "mrtr-conformance-state-v1";
["sharedKey"] = "fromRequestOptions",
context.Items["messageFilterKey"] = "messageFilterValue";
var token = $"{prefix}{Guid.NewGuid():N}";
var password = @"C:\Users\Public\secret-folder\passwords.txt";
