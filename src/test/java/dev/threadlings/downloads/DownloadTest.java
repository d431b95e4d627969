package dev.threadlings.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DownloadTest {

    private static final URI SITE = URI.create("http://127.0.0.1:8080/pages/1");

    @Test
    void a_2xx_response_is_ok_and_anything_else_carries_its_status_as_error() {
        assertThat(Download.response(SITE, 200, 10).ok()).isTrue();
        assertThat(Download.response(SITE, 204, 0).error()).isNull();
        assertThat(Download.response(SITE, 404, 12).error()).isEqualTo("HTTP 404");
        assertThat(Download.response(SITE, 500, 12).ok()).isFalse();
    }

    @Test
    void a_failure_unwraps_completion_exceptions_and_names_the_cause() {
        Download failed = Download.failure(SITE, new CompletionException(new HttpTimeoutException("request timed out")));

        assertThat(failed.status()).isZero();
        assertThat(failed.bytes()).isZero();
        assertThat(failed.error()).isEqualTo("HttpTimeoutException: request timed out");
    }

    @Test
    void survives_a_round_trip_through_one_line_even_with_tabs_in_the_error() {
        Download failed = Download.failure(SITE, new IOException("reset\tby\npeer"));
        Download ok = Download.response(SITE, 200, 4096);

        assertThat(Download.fromLine(ok.toLine())).isEqualTo(ok);
        assertThat(failed.toLine()).doesNotContain("\n");
        assertThat(Download.fromLine(failed.toLine()).error()).isEqualTo("IOException: reset by peer");
    }

    @Test
    void refuses_a_line_it_did_not_write() {
        assertThatThrownBy(() -> Download.fromLine("200 1024")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Download line");
        assertThatThrownBy(() -> new Download(SITE, -1, 0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
