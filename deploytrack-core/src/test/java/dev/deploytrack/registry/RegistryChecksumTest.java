package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegistryChecksumTest {

    @Test
    void combiningTheChecksumsOfPiecesGivesTheChecksumOfTheWhole() {
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(5000)];
            random.nextBytes(bytes);
            int cut = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int whole = RegistryChecksum.of(bytes, 0, bytes.length);
            int a = RegistryChecksum.of(bytes, 0, cut);
            int b = RegistryChecksum.of(bytes, cut, bytes.length - cut);
            assertEquals(whole, RegistryChecksum.combine(a, b, bytes.length - cut));
            assertEquals(b, RegistryChecksum.between(a, whole, bytes.length - cut));
        }
        // Lengths far beyond the test data: shifting by n bytes of zeros, checked against a real run of zeros.
        byte[] zeros = new byte[1 << 20];
        int one = RegistryChecksum.of(new byte[] {42}, 0, 1);
        assertEquals(RegistryChecksum.of(concat(new byte[] {42}, zeros), 0, zeros.length + 1),
                RegistryChecksum.combine(one, RegistryChecksum.of(zeros, 0, zeros.length), zeros.length));
    }

    @Test
    void theTrailerIsReadBackAndAnythingElseIsNot() {
        byte[] trailer = RegistryChecksum.trailer(0x0badcafe);
        assertEquals(RegistryChecksum.TRAILER_LENGTH, trailer.length);
        assertEquals(",\n  \"checksum\": \"crc32c:0badcafe\"\n}\n", new String(trailer, StandardCharsets.US_ASCII));
        assertEquals(0x0badcafe, RegistryChecksum.claimed(trailer));
        assertNull(RegistryChecksum.claimed(Arrays.copyOf(trailer, trailer.length - 1)));
        byte[] upper = new String(trailer, StandardCharsets.US_ASCII).replace("cafe", "CAFE")
                .getBytes(StandardCharsets.US_ASCII);
        assertNull(RegistryChecksum.claimed(upper));
        byte[] crlf = new String(trailer, StandardCharsets.US_ASCII).replace("\"\n}\n", "\"\r}\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertNull(RegistryChecksum.claimed(crlf));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
