package dev.pgdl.core.ddl;

import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.TypeOrigin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypeNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            int                          | integer
            INT4                         | integer
            serial                       | integer
            bigserial                    | bigint
            int2                         | smallint
            float4                       | real
            float(24)                    | real
            float                        | double precision
            float8                       | double precision
            float(53)                    | double precision
            DOUBLE PRECISION             | double precision
            decimal(10,2)                | numeric
            bool                         | boolean
            VARCHAR (255)                | character varying
            character varying(20)        | character varying
            bpchar                       | character
            char(3)                      | character
            timestamp                    | timestamp without time zone
            timestamp(3)                 | timestamp without time zone
            timestamptz                  | timestamp with time zone
            timestamp(6) with time zone  | timestamp with time zone
            timetz                       | time with time zone
            text                         | text
            pg_catalog.int8              | bigint
            """)
    void canonicalNames(String written, String canonical) {
        DataType type = normalize(written);

        assertThat(type.name()).isEqualTo(canonical);
        assertThat(type.origin()).isEqualTo(TypeOrigin.BUILT_IN);
        assertThat(type.written()).isEqualTo(written.strip());
    }

    @Test
    void modifiersBecomeLengthPrecisionAndScale() {
        assertThat(normalize("varchar(255)").length()).isEqualTo(255);
        assertThat(normalize("varchar").length()).as("unbounded").isNull();
        assertThat(normalize("char").length()).as("char means char(1)").isEqualTo(1);
        assertThat(normalize("numeric(12, 2)")).extracting(DataType::precision, DataType::scale).containsExactly(12, 2);
        assertThat(normalize("numeric(12)").scale()).isZero();
        assertThat(normalize("numeric").precision()).isNull();
        assertThat(normalize("timestamp(3) with time zone").precision()).isEqualTo(3);
        assertThat(normalize("pg_catalog.numeric(10,2)")).extracting(DataType::name, DataType::precision, DataType::scale)
                .containsExactly("numeric", 10, 2);
        assertThat(normalize("pg_catalog.varchar(20)[]")).extracting(DataType::length, DataType::arrayDimensions)
                .containsExactly(20, 1);
    }

    @Test
    void arrayDimensionsAreCounted() {
        assertThat(normalize("int[]").arrayDimensions()).isEqualTo(1);
        assertThat(normalize("integer[][]").arrayDimensions()).isEqualTo(2);
        assertThat(normalize("varchar(20)[3]")).extracting(DataType::name, DataType::length, DataType::arrayDimensions)
                .containsExactly("character varying", 20, 1);
        assertThat(normalize("text ARRAY").arrayDimensions()).isEqualTo(1);
    }

    @Test
    void userAndExtensionTypesAreQualifiedAndClassified() {
        DataType mood = TypeNormalizer.normalize("\"Mood\"",
                name -> name.equals("public.Mood") ? TypeOrigin.ENUM : TypeOrigin.UNKNOWN, "public");
        DataType qualified = TypeNormalizer.normalize("app.money_amount",
                name -> name.equals("app.money_amount") ? TypeOrigin.DOMAIN : TypeOrigin.UNKNOWN, "public");

        assertThat(mood).extracting(DataType::name, DataType::origin).containsExactly("public.Mood", TypeOrigin.ENUM);
        assertThat(qualified.origin()).isEqualTo(TypeOrigin.DOMAIN);
        assertThat(normalize("citext").origin()).isEqualTo(TypeOrigin.EXTENSION);
        assertThat(normalize("public.ltree").origin()).isEqualTo(TypeOrigin.EXTENSION);
        assertThat(normalize("something_else").origin()).isEqualTo(TypeOrigin.UNKNOWN);
    }

    @Test
    void serialSpellingsAreRecognized() {
        assertThat(TypeNormalizer.isSerial("BIGSERIAL")).isTrue();
        assertThat(TypeNormalizer.isSerial("serial8")).isTrue();
        assertThat(TypeNormalizer.isSerial("bigint")).isFalse();
    }

    private static DataType normalize(String written) {
        return TypeNormalizer.normalize(written, name -> TypeOrigin.UNKNOWN, "public");
    }
}
