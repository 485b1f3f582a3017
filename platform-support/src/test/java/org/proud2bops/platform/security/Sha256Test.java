package org.proud2bops.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Sha256Test {

    /** FIPS 180-2 test vectors, and a text beyond ASCII (hashed as UTF-8). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "abc|ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
                        + "|248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                "é|4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c"
            })
    void hashesTheUtf8BytesAsLowerCaseHex(String text, String expected) {
        assertThat(Sha256.hex(text)).isEqualTo(expected);
    }
}
