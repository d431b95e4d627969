package dev.threadlings.kit.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SiteServerMainTest {

    @Test
    void parses_options_with_defaults() {
        assertThat(SiteServerMain.Settings.parse())
                .isEqualTo(new SiteServerMain.Settings(160, 100, 2048, 0, Limits.NONE));
        assertThat(SiteServerMain.Settings.parse("--pages", "5", "--latency=20", "--bytes", "64", "--port", "0"))
                .isEqualTo(new SiteServerMain.Settings(5, 20, 64, 0, Limits.NONE));
        assertThat(SiteServerMain.Settings.parse("--rate", "10", "--burst=3", "--ban-after", "5").limits())
                .isEqualTo(Limits.of(Integer.MAX_VALUE, 10, 3, 5));
        assertThat(SiteServerMain.Settings.parse("--max-in-flight", "4").limits())
                .isEqualTo(Limits.of(4, Double.POSITIVE_INFINITY, 1, Integer.MAX_VALUE));
        assertThat(SiteServerMain.Settings.parse("--help")).isNull();
    }

    @Test
    void rejects_bad_options_with_a_reason() {
        assertThatThrownBy(() -> SiteServerMain.Settings.parse("--pages")).hasMessageContaining("missing value");
        assertThatThrownBy(() -> SiteServerMain.Settings.parse("--pages", "many")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> SiteServerMain.Settings.parse("--port", "70000")).hasMessageContaining("65535");
        assertThatThrownBy(() -> SiteServerMain.Settings.parse("--colour", "red")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> SiteServerMain.Settings.parse("pages")).hasMessageContaining("unexpected argument");
        assertThatThrownBy(() -> SiteServerMain.Settings.parse("--rate", "0")).hasMessageContaining("from 1");
    }

    @Test
    void serves_the_pages_it_announces() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SiteServer server = SiteServerMain.launch(new SiteServerMain.Settings(3, 10, 64, 0, Limits.NONE),
                new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).containsExactly(
                    "Threadlings site server at " + server.baseUri(),
                    "Example page: " + server.baseUri() + "/pages/0",
                    "Serving 3 pages with 10 ms latency, no limits; press Ctrl-C to stop");
            try (HttpClient client = Http.client()) {
                assertThat(Http.get(client, URI.create(server.baseUri() + "/pages/2")).body())
                        .isEqualTo(SiteServer.body("/pages/2", 64));
            }
        }
    }

    @Test
    void a_limited_server_says_no_as_its_options_ask() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SiteServer server = SiteServerMain.launch(SiteServerMain.Settings.parse("--pages", "3", "--latency", "0",
                "--rate", "1", "--burst", "1"), new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("1 requests/s with a burst of 1");
            try (HttpClient client = Http.client()) {
                URI page = URI.create(server.baseUri() + "/pages/0");
                assertThat(Http.get(client, page).statusCode()).isEqualTo(200);
                assertThat(Http.get(client, page).statusCode()).isEqualTo(429);
            }
        }
    }
}
