const token = crypto.randomBytes(16).toString('hex');
const token = Math.random().toString(36);
const token = request.cookies.get('auth-token');
const token = authHeader.substring(7);
const sessionToken = getCookie(request, 'session');
const TOKEN=(document.querySelector('meta[name="board-token"]')||{}).content||"";
const apiKey = process.env.OPENAI_API_KEY ?? '';
const apiKey = import.meta.env.VITE_API_KEY;
const secret = Deno.env.get("SECRET");
const password = `${user}:${pass}`;
const STORAGE_KEY = "open-swe.repos.cache.v1";
const PULL_FILTER_STORAGE_KEY = "pr-artifact-explorer:pull-filters:v1";
const RIGHT_PANEL_WIDTH_STORAGE_KEY = "open-swe:right-panel-width";
export const GRANT_TYPE_JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const auth = requireBearerAuth({ verifier });
const hmac = crypto.createHmac('sha1', WEBHOOK_SECRET);
this.encryptionKey = crypto.pbkdf2Sync(secret, salt, 100000, 32, 'sha512');
const key = ed25519.keyFromPublic(toArray(test.pk, 'hex'));
const jsonKey = JSON.stringify(String(key));
const clientKey = 'dGhlIHNhbXBsZSBub25jZQ==';
key: crypto.getRandomValues(new Uint8Array(32)),
if (req.body.username === 'validUser' && req.body.password === 'validPass') {}
authToken: 'unused-under-sigv4',
access_token: 'new-access123',
params: { progressToken: 'disconnect-1', progress: 50 }
const stateCodec = createRequestStateCodec({ key: 'brainstorm-acceptance-test-key-32bytes!!' });
'WWW-Authenticate': `Bearer resource_metadata="${resourceMetadataUrl}", error="invalid_token"`
this.keys = this.game.input.keyboard.createCursorKeys();
const password = z.string().min(8);
