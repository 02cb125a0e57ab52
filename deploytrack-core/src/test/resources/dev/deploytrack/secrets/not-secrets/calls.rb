token = SecureRandom.random_bytes(16)
token_base64 = SecureRandom.base64(16)
api_key = ENV.fetch("API_KEY")
api_key = ENV["API_KEY"]
password = Rails.application.credentials.dig(:db, :password)
secret = "#{prefix}-#{suffix}"
user.update(password: "Password123!")
