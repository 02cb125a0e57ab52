package dev.deploytrack.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How amounts of USD and percentages are shown. Computation stays exact; only display rounds. */
public final class Money {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private Money() {
    }

    /** {@code $1,234.56}; amounts below a cent keep four decimals ({@code $0.0042}) so they do not read as zero. */
    public static String usd(BigDecimal amount) {
        boolean tiny = amount.signum() != 0 && amount.abs().compareTo(CENT) < 0;
        DecimalFormat format = new DecimalFormat(tiny ? "#,##0.0000" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return "$" + format.format(amount);
    }

    /** The amount rounded to cents, for JSON. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code part} as a percentage of {@code whole}, rounded down to one decimal so 100% means reached. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.FLOOR);
    }

    /** {@code 1,234,567} for token counts; fractions (from triggers per run) are rounded half up. */
    public static String tokens(BigDecimal tokens) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(tokens);
    }
}
