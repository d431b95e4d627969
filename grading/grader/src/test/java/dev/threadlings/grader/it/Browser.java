package dev.threadlings.grader.it;

import dev.threadlings.grader.grade.Folders;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** A real headless Chromium, for the tests that look at the HTML report as a learner's browser draws it. */
final class Browser {

    private Browser() {
    }

    /**
     * The Chromium to use: {@code THREADLINGS_CHROMIUM}, else Debian's.
     *
     * @return its path, or empty when there is none
     */
    static Optional<Path> chromium() {
        String configured = System.getenv("THREADLINGS_CHROMIUM");
        for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    /** @return whether CI asked for the browser tests to run ({@code THREADLINGS_REQUIRE_BROWSER=1}) */
    static boolean required() {
        return "1".equals(System.getenv("THREADLINGS_REQUIRE_BROWSER"));
    }

    /**
     * Opens a page in headless Chromium and saves what it drew.
     *
     * @param chromium the browser
     * @param page the HTML file
     * @param png where the screenshot goes
     * @param width the window's width in pixels
     * @param height the window's height in pixels
     * @return the screenshot
     * @throws IOException when the browser fails or draws nothing
     * @throws InterruptedException when interrupted while waiting for it
     */
    static BufferedImage screenshot(Path chromium, Path page, Path png, int width, int height)
            throws IOException, InterruptedException {
        // A healthy Chromium draws a report in 1-5 s; one start in CI stalled for over a minute before its first
        // line of output. A try that has written nothing in 40 s is stopped and tried once more.
        for (int attempt = 1;; attempt++) {
            Optional<BufferedImage> shot = tryScreenshot(chromium, page, png, width, height,
                    attempt == 1 ? 40 : 120);
            if (shot.isPresent()) {
                return shot.get();
            }
            if (attempt == 2) {
                throw new IOException("Chromium did not finish the screenshot, twice");
            }
        }
    }

    private static Optional<BufferedImage> tryScreenshot(Path chromium, Path page, Path png, int width, int height,
            int seconds) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("threadlings-chromium-");
        Files.deleteIfExists(png);
        // The flags that keep Chromium off the network and quiet on a closed machine.
        List<String> command = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                page.toAbsolutePath().toUri().toString());
        Path log = profile.resolve("chromium.log");
        long start = System.nanoTime();
        Process browser = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long firstOutput = -1;
        boolean written = false;
        boolean exited = false;
        try {
            // Done when it says it wrote the screenshot: Chromium may linger half a minute after that before it exits
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
            while (!written && !exited && System.nanoTime() < deadline) {
                exited = !browser.isAlive();
                String said = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
                firstOutput = firstOutput < 0 && !said.isEmpty() ? System.nanoTime() : firstOutput;
                written = said.contains(" bytes written to file ");
                if (!written && !exited) {
                    Thread.sleep(100);
                }
            }
        } finally {
            browser.descendants().forEach(ProcessHandle::destroyForcibly);
            browser.destroyForcibly();
            browser.waitFor(10, TimeUnit.SECONDS);
        }
        String said = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        Folders.deleteQuietly(profile);
        System.out.printf("Chromium: first output after %s; %s after %.1f s%n",
                firstOutput < 0 ? "none" : String.format("%.1f s", (firstOutput - start) / 1e9),
                written ? "screenshot written" : exited ? "exited without a screenshot" : "stopped",
                (System.nanoTime() - start) / 1e9);
        if (!written && !exited) {
            System.out.printf("Chromium stalled for %d s; what it said:%n%s%n", seconds,
                    said.lines().limit(20).collect(java.util.stream.Collectors.joining("\n")));
            return Optional.empty();
        }
        if (!Files.isRegularFile(png)) {
            throw new IOException("Chromium wrote no screenshot (exit " + browser.exitValue() + "): " + said);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            throw new IOException("the screenshot is not a readable image: " + png);
        }
        return Optional.of(image);
    }

    /**
     * Counts the pixels of exactly one colour.
     *
     * @param image the screenshot
     * @param rgb the colour, for example {@code 0x90caf9}
     * @return how many pixels have it
     */
    static long pixels(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
