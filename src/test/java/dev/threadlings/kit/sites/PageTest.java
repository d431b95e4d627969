package dev.threadlings.kit.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PageTest {

    @Test
    void a_page_answers_normally_unless_given_a_fault() {
        Page page = Page.of("/pages/1", 2048, Duration.ofMillis(100));
        assertThat(page.fault()).isEqualTo(Fault.NONE);
        assertThat(page.with(Fault.SLOW)).isEqualTo(new Page("/pages/1", 2048, Duration.ofMillis(100), Fault.SLOW));
    }

    @Test
    void rejects_paths_sizes_and_latencies_a_server_cannot_serve() {
        assertThatThrownBy(() -> Page.of("pages/1", 1, Duration.ZERO)).hasMessageContaining("starts with '/'");
        assertThatThrownBy(() -> Page.of("/pages?x=1", 1, Duration.ZERO)).hasMessageContaining("no query");
        assertThatThrownBy(() -> Page.of("/a page", 1, Duration.ZERO)).hasMessageContaining("valid URI path");
        assertThatThrownBy(() -> Page.of("/p", -1, Duration.ZERO)).hasMessageContaining("size");
        assertThatThrownBy(() -> Page.of("/p", 1, Duration.ofMillis(-1))).hasMessageContaining("latency");
        assertThatThrownBy(() -> Page.of("/p", 1, null)).isInstanceOf(NullPointerException.class);
    }
}
