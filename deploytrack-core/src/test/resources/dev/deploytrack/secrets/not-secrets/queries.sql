SELECT crypt('password', gen_salt('bf'));
UPDATE users SET password_hash = crypt(:password, gen_salt('bf')) WHERE id = :id;
CREATE ROLE app WITH LOGIN PASSWORD :'app_password';
SELECT * FROM api_keys WHERE key_hash = digest($1, 'sha256');
