package dev.deploytrack.usage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    @Test
    void amountsAsWrittenAreRead() {
        assertEquals(new BigDecimal("0.0123"), JsonValues.amount("0.0123"));
        assertEquals(new BigDecimal("0.0000123"), JsonValues.amount("1.23e-5"));
        assertEquals(new BigDecimal("12"), JsonValues.amount("1.2E1"));
    }

    /**
     * A value no log holds as a cost is skipped like any bad value: writing 1e-999999999 out, or adding it to a
     * total, takes gigabytes and minutes (BigDecimal.toPlainString, BigDecimal.add), so it must never be kept.
     */
    @Test
    void absurdAmountsAreSkippedBeforeTheyCostTimeOrMemory() {
        assertNull(JsonValues.amount("1e-999999999"));
        assertNull(JsonValues.amount("1e999999999"));
        assertNull(JsonValues.amount("0." + "0".repeat(40) + "1"));
        assertNull(JsonValues.amount("1".repeat(100_000)));
        assertNull(JsonValues.amount("-1"));
    }
}
