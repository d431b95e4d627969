package dev.threadlings.kit.sites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.SiteServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteServerExtensionReplacementTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private static SiteServer closed;

    @Test
    @Order(1)
    void a_test_may_close_the_server_it_was_given() {
        closed = SITES.server();
        closed.serve(Page.of("/closed/page", 10, Duration.ZERO));
        closed.close();
        assertThat(closed.isClosed()).isTrue();
    }

    @Test
    @Order(2)
    void the_next_test_gets_a_new_running_server_on_another_port() throws Exception {
        SiteServer server = SITES.server();
        assertThat(server).isNotSameAs(closed);
        assertThat(server.isClosed()).isFalse();
        assertThat(server.baseUri()).isNotEqualTo(closed.baseUri());
        URI page = server.serve(Page.of("/new/page", 10, Duration.ZERO));
        try (HttpClient client = Http.client()) {
            assertThat(Http.get(client, page).statusCode()).isEqualTo(200);
        }
        assertThat(server.journal().count()).isEqualTo(1);
    }
}
