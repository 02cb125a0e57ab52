val token = ByteArray(length)
val apiKey = System.getenv("API_KEY") ?: ""
val password = BuildConfig.DB_PASSWORD
val secret: String by lazy { loadSecret() }
val token = "Bearer $accessToken"
val signature = Signature.getInstance("SHA256withECDSA")
