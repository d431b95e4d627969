package dev.threadlings.grader.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.DoubleStream;

/** Rounding and printing of points: two decimals everywhere, so sums match what is shown. */
public final class Points {

    private Points() {
    }

    /**
     * Rounds to two decimals, half up.
     *
     * @param points any number of points
     * @return the rounded number
     */
    public static double round(double points) {
        return BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * Adds rounded points.
     *
     * @param points the points
     * @return their sum, rounded
     */
    public static double sum(DoubleStream points) {
        return round(points.map(Points::round).sum());
    }

    /**
     * Prints points without needless decimals: {@code 2}, {@code 1.5}, {@code 0.67}.
     *
     * @param points rounded points
     * @return the text
     */
    public static String format(double points) {
        BigDecimal value = BigDecimal.valueOf(round(points)).stripTrailingZeros();
        return value.scale() <= 0 ? value.toBigInteger().toString() : value.toPlainString();
    }
}
