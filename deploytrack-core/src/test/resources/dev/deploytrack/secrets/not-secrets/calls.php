<?php
$token = bin2hex(random_bytes(16));  // OK - random_bytes is secure
$apiKey = getenv('API_KEY');
$password = $_ENV['DB_PASSWORD'];
$secret = $_SERVER['APP_SECRET'];
$token = hash_hmac('sha256', $data, $key);
define('DB_PASSWORD', getenv('DB_PASSWORD'));
$config = ['password' => 'changeme', 'api_key' => 'your-api-key'];
