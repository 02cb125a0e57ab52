package dev.deploytrack;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of deploytrack, as written into reports (SARIF driver version, JSON summary). */
public final class DeploytrackVersion {

    private static final String VERSION = load();

    private DeploytrackVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = DeploytrackVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
