fn main() {
    let secret_key = Self::derive_key(random.0);
    let key = SensitiveKey::new([0xAAu8; 32]);
    let testnet_signature = sign_on_testnet(message);
    let token = std::env::var("API_TOKEN").unwrap_or_default();
    let resource_key = "resource_metadata=";
    let desc_key = "error_description=";
    let header = r#"Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource""#;
    assert!(extensions.contains_key("io.modelcontextprotocol/ui"));
    let mut res: *mut libc::passwd = ptr::null_mut();
    let password = format!("{}:{}", user, pass);
}
