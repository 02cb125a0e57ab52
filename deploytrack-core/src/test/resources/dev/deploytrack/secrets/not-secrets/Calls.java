class Calls {
    String password = PepperGenerator.generate(12);
    String key = UUID.nameUUIDFromBytes(Long.toString(userId).getBytes()).toString();
    String apiKey = System.getenv("API_KEY");
    String token = System.getProperty("app.token");
    String secret = config.getSecret();
    char[] password = console.readPassword();
    private static final String NAMED_CREDENTIAL = 'callout:External_API';
    TimeZoneSidKey = 'America/Los_Angeles';
    void t() {
        builder.progressToken("tool-progress-123");
        meta.put("progressToken", "pagination-progress-456");
        assertThat(request.meta()).isEqualTo(Map.of("progressToken", "tool-progress-123"));
        String text = """
            {"password": "not a value but a text block"}
            """;
    }
}
