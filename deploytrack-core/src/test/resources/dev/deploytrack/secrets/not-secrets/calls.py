import hashlib, os, secrets, random, inspect, jwt

password = hashlib.sha256("your_password".encode()).hexdigest()
token = random.randint(0, 2**128)
token = secrets.token_urlsafe(32)
api_key = os.environ["ANTHROPIC_API_KEY"]
api_key = os.environ.get("ANTHROPIC_API_KEY", "")
api_key: Optional[str] = None
secret_key = os.getenv("SECRET_KEY")
sig = results[results.padj < 0.05]
sig = inspect.signature(func)
encoded_jwt = jwt.encode(to_encode, settings.SECRET_KEY, algorithm=ALGORITHM)
device_token = hashlib.md5(user_agent.encode()).hexdigest()
current_secret = json.loads(response['SecretString'])
token = "Bearer " + access_token
password = "%s:%s" % (user, pw)
api_key = f"{prefix}-{suffix}"
GRANT_TYPE_JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
_SHELL_EXPANSION_DEPTH_LIMIT_TOKEN = "__pr_creation_guard_shell_expansion_depth_limit__"
json={"access_token": "sk-ant-oat01-test", "token_type": "Bearer", "expires_in": 600}
assert token.token == "sk-ant-oat01-one"
scoped = _copy_client_with_bearer_auth(client, auth_token="unused-under-sigv4", helper="environments-worker")
assert creds.access_token == "notion-access-1234"
assert created["key"] == "github_reaction:langchain-ai/open-swe:reviewer:123"
assert deleted == {"run_id": "run-1", "key": "slack_reaction:C123:U123:2.000"}
headers={"WWW-Authenticate": (f'Bearer resource_metadata="{resource_metadata_url}", scope="{expected_scope}"')}
"WWW-Authenticate": 'Bearer resource_metadata="https://api.example.com/.well-known/oauth-protected-resource"'
'password': 'secure123'
"password": "testpass123",
user = User(username="alice", password="Test123!")
token_base64 = base64.b64encode(b"the sample nonce")
artifact = ln.Artifact.get(key="spatial/visium_slide.h5ad")
ln.Artifact("data.h5ad", key="project/experiment/batch1/data.h5ad").save()
bool_key="hasVulnerabilities",
