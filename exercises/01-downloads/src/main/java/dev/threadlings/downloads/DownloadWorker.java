package dev.threadlings.downloads;

/**
 * The child JVM of {@link MultiprocessDownloader}: reads {@code index<TAB>uri} lines from standard
 * input, fetches each with a client of its own, answers {@code index<TAB>download line}, and exits
 * when standard input ends.
 */
public class DownloadWorker {

    /**
     * Runs the worker until its standard input ends.
     *
     * @param args not used
     * @throws Exception when standard input or output fails
     */
    public static void main(String[] args) throws Exception {
        throw new UnsupportedOperationException(
                "TODO(downloads/worker): read index<TAB>uri lines from System.in until it ends; for each, print"
                        + " index<TAB>Fetch.one(client, uri).toLine(); see README task 5");
    }
}
