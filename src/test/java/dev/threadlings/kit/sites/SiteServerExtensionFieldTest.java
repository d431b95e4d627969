package dev.threadlings.kit.sites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.SiteServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SiteServerExtensionFieldTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private static SiteServer first;

    @BeforeEach
    void servesAfterTheReset() {
        SITES.server().serve(Page.of("/from/before-each", 10, Duration.ZERO));
    }

    @Test
    void exposes_the_running_server_through_the_static_field() throws Exception {
        SiteServer server = SITES.server();
        first = server;
        try (var client = Http.client()) {
            // The page served by @BeforeEach survived: the extension resets before @BeforeEach runs.
            assertThat(Http.get(client, URI(server, "/from/before-each")).statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class In_a_nested_class {

        @Test
        void the_static_field_gives_the_same_server() {
            assertThat(SITES.server()).isNotNull();
            if (first != null) {
                assertThat(SITES.server()).isSameAs(first);
            }
        }
    }

    @AfterAll
    static void stillRunningUntilTheClassEnds() {
        assertThat(SITES.server().baseUri()).isNotNull();
    }

    private static java.net.URI URI(SiteServer server, String path) {
        return java.net.URI.create(server.baseUri() + path);
    }
}
