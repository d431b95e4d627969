package dev.threadlings.kit.sites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.SiteServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(SiteServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteServerExtensionTest {

    private static SiteServer fromBeforeAll;
    private static URI servedInFirstTest;

    private final SiteServer fromConstructor;

    SiteServerExtensionTest(SiteServer sites) {
        this.fromConstructor = sites;
    }

    @BeforeAll
    static void remember(SiteServer sites) {
        fromBeforeAll = sites;
    }

    @Test
    @Order(1)
    void gives_one_running_server_to_constructors_lifecycle_methods_and_tests(SiteServer sites) throws Exception {
        assertThat(sites).isSameAs(fromConstructor).isSameAs(fromBeforeAll);
        servedInFirstTest = sites.serve(Page.of("/extension/page", 10, Duration.ZERO));
        try (HttpClient client = Http.client()) {
            assertThat(Http.get(client, servedInFirstTest).statusCode()).isEqualTo(200);
        }
        assertThat(sites.journal().count()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void resets_the_server_before_each_test(SiteServer sites) throws Exception {
        assertThat(sites).isSameAs(fromBeforeAll);
        assertThat(sites.journal().count()).isZero();
        try (HttpClient client = Http.client()) {
            assertThat(Http.get(client, servedInFirstTest).statusCode()).isEqualTo(404);
        }
    }

    @Nested
    class A_nested_class {

        @Test
        void shares_the_enclosing_class_s_server(SiteServer sites) {
            assertThat(sites).isSameAs(fromBeforeAll);
            assertThat(sites.journal().count()).isZero();
        }
    }
}
