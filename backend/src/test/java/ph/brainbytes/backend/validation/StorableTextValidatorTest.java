package ph.brainbytes.backend.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextValidatorTest {

    @Test
    void ordinaryFilipinoTextWithEmojiAndLineBreaksIsStorable() {
        assertThat(StorableTextValidator.isStorable("Ñino, paano?\n\tSalamat 😀"))
                .isTrue();
    }

    @Test
    void controlCharactersAndHalfSurrogatesAreNot() {
        assertThat(StorableTextValidator.isStorable("a\u0000b")).isFalse();
        assertThat(StorableTextValidator.isStorable("bell\u0007")).isFalse();
        assertThat(StorableTextValidator.isStorable("half \uD83D pair")).isFalse();
        assertThat(StorableTextValidator.isStorable("ends high \uD83D")).isFalse();
        assertThat(StorableTextValidator.isStorable("\uDE00 low first")).isFalse();
    }
}
