package dev.threadlings.kit.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GateTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = 5_000 * MS;

    @Test
    void without_limits_every_request_is_admitted() {
        Gate gate = new Gate(Limits.NONE);
        for (int i = 0; i < 10_000; i++) {
            assertThat(gate.admit(T0).admitted()).isTrue();
        }
    }

    @Test
    void a_full_bucket_admits_its_burst_then_refuses_with_the_seconds_until_a_token_is_back() {
        Gate gate = new Gate(Limits.of(100, 2, 3, 100));
        for (int i = 0; i < 3; i++) {
            assertThat(gate.admit(T0).admitted()).as("request %d of the burst", i + 1).isTrue();
            gate.done();
        }

        Gate.Decision fourth = gate.admit(T0);

        assertThat(fourth.refusal()).isEqualTo(Refusal.OVER_THE_RATE);
        assertThat(fourth.retryAfter()).as("half a second to a token, rounded up to whole seconds").isEqualTo("1");
        assertThat(gate.admit(T0 + 999 * MS).refusal()).as("before the Retry-After").isEqualTo(Refusal.TOO_EARLY);
        assertThat(gate.admit(T0 + 1_000 * MS).admitted()).as("at the Retry-After").isTrue();
    }

    @Test
    void a_client_that_keeps_its_rate_is_never_refused() {
        Gate gate = new Gate(Limits.of(100, 10, 2, 1));
        for (int i = 0; i < 100; i++) {
            assertThat(gate.admit(T0 + i * 100 * MS).admitted()).as("request %d, one every 100 ms", i).isTrue();
            gate.done();
        }
    }

    @Test
    void requests_over_the_limit_in_flight_get_503_until_one_is_answered() {
        Gate gate = new Gate(Limits.of(2, 1000, 1000, 100));
        assertThat(gate.admit(T0).admitted()).isTrue();
        assertThat(gate.admit(T0).admitted()).isTrue();

        assertThat(gate.admit(T0).refusal()).isEqualTo(Refusal.TOO_MANY_IN_FLIGHT);
        assertThat(Refusal.TOO_MANY_IN_FLIGHT.status()).isEqualTo(503);
        gate.done();
        assertThat(gate.admit(T0).admitted()).isTrue();
    }

    @Test
    void a_client_that_keeps_asking_while_told_to_wait_is_banned_for_good() {
        Gate gate = new Gate(Limits.of(100, 1, 1, 3));
        assertThat(gate.admit(T0).admitted()).isTrue();
        assertThat(gate.admit(T0).refusal()).isEqualTo(Refusal.OVER_THE_RATE);
        List<Refusal> early = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            early.add(gate.admit(T0 + i * MS).refusal());
        }

        assertThat(early).containsExactly(Refusal.TOO_EARLY, Refusal.TOO_EARLY, Refusal.BANNED);
        assertThat(gate.admit(T0 + 60_000 * MS).refusal()).as("a minute later").isEqualTo(Refusal.BANNED);
        assertThat(Refusal.BANNED.status()).isEqualTo(403);
    }

    @Test
    void requests_that_ignore_a_wait_count_against_that_wait_only() {
        Gate gate = new Gate(Limits.of(100, 1, 1, 2));
        assertThat(gate.admit(T0).admitted()).isTrue();
        assertThat(gate.admit(T0).refusal()).isEqualTo(Refusal.OVER_THE_RATE);
        assertThat(gate.admit(T0 + MS).refusal()).as("one request during the first wait").isEqualTo(Refusal.TOO_EARLY);
        long later = T0 + 1_000 * MS;
        assertThat(gate.admit(later).admitted()).isTrue();
        assertThat(gate.admit(later).refusal()).isEqualTo(Refusal.OVER_THE_RATE);

        assertThat(gate.admit(later + MS).refusal()).as("one request during the second wait: not two in one")
                .isEqualTo(Refusal.TOO_EARLY);
    }

    @Test
    void every_other_retry_after_is_an_http_date_no_earlier_than_the_wait() {
        long wall = Instant.parse("2026-12-01T07:00:00.400Z").toEpochMilli();
        Gate gate = new Gate(Limits.of(100, 1, 1, 100).withHttpDates(), () -> wall);
        gate.admit(T0);
        assertThat(gate.admit(T0).retryAfter()).as("the wait: 1 s from T0").isEqualTo("1");

        long asked = T0 + 10 * MS;
        String date = gate.admit(asked).retryAfter();

        ZonedDateTime parsed = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(date).isEqualTo("Tue, 01 Dec 2026 07:00:02 GMT");
        long dateNanos = asked + (parsed.toInstant().toEpochMilli() - wall) * MS;
        assertThat(dateNanos).as("the date is no earlier than the wait").isGreaterThanOrEqualTo(T0 + 1_000 * MS);
        assertThat(gate.admit(T0 + 999 * MS).refusal()).as("before the wait").isEqualTo(Refusal.TOO_EARLY);
        assertThat(gate.admit(T0 + 1_000 * MS).admitted())
                .as("at the wait: the early requests' rounded-up dates did not push it on").isTrue();
    }

    @Test
    void a_client_that_comes_exactly_at_the_date_is_admitted() {
        long wall = Instant.parse("2026-12-01T07:00:00.999Z").toEpochMilli();
        Gate gate = new Gate(Limits.of(100, 1, 1, 100).withHttpDates(), () -> wall);
        gate.admit(T0);
        gate.admit(T0); // 429, seconds
        long asked = T0 + 500 * MS;
        String date = gate.admit(asked).retryAfter(); // too early, a date
        ZonedDateTime parsed = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);

        long dateNanos = asked + (parsed.toInstant().toEpochMilli() - wall) * MS;
        assertThat(gate.admit(dateNanos).admitted()).as("at %s", date).isTrue();
    }
}
