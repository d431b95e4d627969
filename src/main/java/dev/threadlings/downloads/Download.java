package dev.threadlings.downloads;

import java.net.URI;
import java.util.Objects;

/**
 * The result of fetching one site.
 *
 * <p>Exactly one of two shapes: a response arrived ({@code status} is its HTTP status, {@code bytes}
 * the length of the body read, {@code error} is {@code null} for a 2xx status and {@code "HTTP nnn"}
 * otherwise), or no response arrived ({@code status} is {@code 0}, {@code bytes} is {@code 0}, and
 * {@code error} says what went wrong: a timeout, a dropped connection, a refused connection).
 *
 * @param site the site that was fetched, exactly as given
 * @param status the HTTP status, or {@code 0} when no response arrived
 * @param bytes how many body bytes were read
 * @param error {@code null} on success, otherwise a short description of the failure
 */
public record Download(URI site, int status, long bytes, String error) {

    /** Validates the record's invariants. */
    public Download {
        Objects.requireNonNull(site, "site");
        if (status < 0 || bytes < 0) {
            throw new IllegalArgumentException("status and bytes must not be negative");
        }
    }

    /**
     * Makes the result of a response that arrived.
     *
     * @param site the site that was fetched
     * @param status the response's HTTP status
     * @param bytes the length of the body read
     * @return a successful result for a 2xx status, a failed one ({@code "HTTP nnn"}) otherwise
     */
    public static Download response(URI site, int status, long bytes) {
        return new Download(site, status, bytes, status >= 200 && status < 300 ? null : "HTTP " + status);
    }

    /**
     * Makes the result of a request that got no response.
     *
     * @param site the site that was fetched
     * @param error what went wrong (a timeout, an I/O error); a wrapping {@code CompletionException}
     *     or {@code ExecutionException} is unwrapped
     * @return a failed result with status {@code 0}
     */
    public static Download failure(URI site, Throwable error) {
        Throwable cause = error;
        while ((cause instanceof java.util.concurrent.CompletionException
                        || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return new Download(site, 0, 0,
                cause.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }

    /**
     * Tells whether the site answered with a 2xx status.
     *
     * @return {@code true} when there is no error
     */
    public boolean ok() {
        return error == null;
    }

    /**
     * Writes this result as one line of text, for sending between processes.
     *
     * @return {@code status<TAB>bytes<TAB>error<TAB>site}, with no line break; a missing error is empty
     */
    public String toLine() {
        String safeError = error == null ? "" : error.replaceAll("[\\t\\r\\n]", " ");
        return status + "\t" + bytes + "\t" + safeError + "\t" + site;
    }

    /**
     * Reads a result written by {@link #toLine()}.
     *
     * @param line one line made by {@code toLine()}
     * @return the result it describes
     * @throws IllegalArgumentException when the line is not in that format
     */
    public static Download fromLine(String line) {
        String[] parts = line.split("\t", 4);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a Download line: " + line);
        }
        try {
            return new Download(URI.create(parts[3]), Integer.parseInt(parts[0]), Long.parseLong(parts[1]),
                    parts[2].isEmpty() ? null : parts[2]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a Download line: " + line, e);
        }
    }
}
