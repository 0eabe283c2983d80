package dev.pgdl.core.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTest {

    @Test
    void aMessageMadeAgainWithTheSameNameAndArgumentsIsTheDeclaredOne() {
        Message declared = Message.of("forbidden", "column");

        assertThat(Message.of("forbidden", "column")).isEqualTo(declared).hasSameHashCodeAs(declared);
        assertThat(Message.of("forbidden", "table")).isNotEqualTo(declared);
        assertThat(Message.of("missing", "column")).isNotEqualTo(declared);
    }
}
