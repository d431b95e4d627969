package dev.threadlings.grader.cohort;

import java.time.Duration;
import java.util.Locale;

/** The progress line of a class's grading: a bar, the count, the time spent and an estimate of the time left. */
final class ProgressBar {

    private static final int WIDTH = 24;

    private ProgressBar() {
    }

    /**
     * Renders the line.
     *
     * @param done submissions finished, graded or reused
     * @param total submissions in all
     * @param elapsed time since the class's grading began
     * @param graded submissions actually graded so far (reused ones cost nothing and do not count)
     * @param gradingTime time spent on those
     * @return for example {@code "[#########---------------] 12/30  4m10s spent, about 6m15s left"}
     */
    static String render(int done, int total, Duration elapsed, int graded, Duration gradingTime) {
        int filled = total == 0 ? WIDTH : (int) Math.round(WIDTH * done / (double) total);
        StringBuilder line = new StringBuilder("[").append("#".repeat(filled)).append("-".repeat(WIDTH - filled))
                .append("] ").append(done).append('/').append(total).append("  ").append(time(elapsed))
                .append(" spent");
        int left = total - done;
        if (left > 0 && graded > 0) {
            line.append(", about ").append(time(gradingTime.dividedBy(graded).multipliedBy(left))).append(" left");
        } else if (left == 0) {
            line.append(", done");
        }
        return line.toString();
    }

    private static String time(Duration duration) {
        long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
        return seconds >= 60 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
                : seconds + "s";
    }
}
