package main

var (
	GrantTypeJWTBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer"
	apiKey             = os.Getenv("ANTHROPIC_API_KEY")
	token              = r.Header.Get("Authorization")
)

func f() {
	wwwChallenges, err := oauthex.ParseWWWAuthenticate(resp.Header[http.CanonicalHeaderKey("WWW-Authenticate")])
	w.Header().Set("WWW-Authenticate", fmt.Sprintf(`Bearer resource_metadata=%q`, resourceMetadataURL))
	cfg := Config{APIKey: os.Getenv("API_KEY"), Token: tokenFromFile(path)}
	params := anthropic.BetaParams{OfMCPOAuth: &anthropic.BetaManagedAgentsMCPOAuthCreateParams{}}
	AccessToken: "access-tok-123",
	http.CanonicalHeaderKey("Retry-After-Ms"): []string{"100"},
	const mcpAppsExtensionKey = "io.modelcontextprotocol/ui"
	secret := []byte(`not-a-secret-just-a-sample`)
}
