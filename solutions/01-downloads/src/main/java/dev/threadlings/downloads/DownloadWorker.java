package dev.threadlings.downloads;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

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
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (HttpClient client = Fetch.newClient();
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                Download result = Fetch.one(client, URI.create(line.substring(tab + 1)));
                out.println(line.substring(0, tab) + "\t" + result.toLine());
                out.flush();
            }
        }
    }
}
