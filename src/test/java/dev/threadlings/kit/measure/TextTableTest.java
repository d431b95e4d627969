package dev.threadlings.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextTableTest {

    @Test
    void aligns_columns_under_a_rule() {
        String table = new TextTable("strategy", "time").row("SequentialDownloader", "2001 ms").row("Async", 98)
                .toString();

        assertThat(table).isEqualTo("""
                strategy              time
                --------------------  -------
                SequentialDownloader  2001 ms
                Async                 98
                """);
    }
}
