package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** GitHub and npm tokens carry a CRC32 checksum; a token that fails it is an invented example. */
class ChecksumTest {

    @Test
    void checksumIsTheBase62Crc32OfTheRandomPart() {
        String random = new FakeSecrets(7).alnum(30);
        CRC32 crc = new CRC32();
        crc.update(random.getBytes(StandardCharsets.US_ASCII));
        long decoded = 0;
        for (char c : Base62Checksum.checksum(random).toCharArray()) {
            decoded = decoded * 62 + Base62Checksum.ALPHABET.indexOf(c);
        }
        assertEquals(crc.getValue(), decoded);
        assertEquals(6, Base62Checksum.checksum(random).length());
    }

    @Test
    void validTokensAreReportedAndBadChecksumsAreNot() {
        FakeSecrets fake = new FakeSecrets(11);
        for (String prefix : List.of("ghp_", "gho_", "ghu_", "npm_")) {
            for (int i = 0; i < 25; i++) {
                String valid = fake.checksummed(prefix);
                String invalid = fake.badChecksum(prefix);
                assertTrue(Base62Checksum.isValid(valid, 4));
                assertFalse(Base62Checksum.isValid(invalid, 4));
                assertEquals(1, Scans.scan("a.txt", "token " + valid).size(), valid.substring(0, 8));
                assertTrue(Scans.scan("a.txt", "token " + invalid).isEmpty(), invalid.substring(0, 8));
            }
        }
    }

    @Test
    void longerInstallationTokensHaveNoChecksumToCheck() {
        String token = "ghs_" + new FakeSecrets(3).alnum(60);
        assertEquals(List.of("github-server-to-server-token"), Scans.rules("ci.log", "GITHUB_TOKEN=" + token));
    }
}
