package org.openderm.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void tokens_foldAccentsAndMarkClauses() {
    assertThat(Text.tokens("Pas de fièvre, mais l'œil rouge!"))
        .containsExactly("pas", "de", "fievre", "|", "mais", "l", "oeil", "rouge", "|");
  }

  @Test
  void wordMatches_toleratesOneTypoOnLongWordsOnly() {
    assertThat(Text.wordMatches("fievre", "fiebre")).isTrue();
    assertThat(Text.wordMatches("eczema", "ezcema")).isTrue();
    assertThat(Text.wordMatches("fever", "fewer")).isFalse();
    assertThat(Text.wordMatches("blister*", "blistering")).isTrue();
    assertThat(Text.wordMatches("photo*", "protopic")).isFalse();
  }

  @Test
  void stem_joinsPluralsFeminineAndVerbForms() {
    assertThat(Text.stem("effacent")).isEqualTo(Text.stem("efface"));
    assertThat(Text.stem("disparaissent")).isEqualTo(Text.stem("disparait"));
    assertThat(Text.stem("gonflees")).isEqualTo(Text.stem("gonfle"));
    assertThat(Text.stem("blistering")).isEqualTo(Text.stem("blisters"));
    assertThat(Text.stem("appuyer")).isEqualTo(Text.stem("appuie"));
  }

  @Test
  void sameWord_toleratesInflectionAndTyposButKeepsTheFirstLetter() {
    assertThat(same("vesicules", "vesicule")).isTrue();
    assertThat(same("methotrexate", "metotrexat")).isTrue();
    assertThat(same("mourir", "courir")).isFalse();
    assertThat(same("fainted=", "faint")).isFalse();
    assertThat(same("fainted=", "fainted")).isTrue();
  }

  @Test
  void tokens_keepDecimalTemperaturesInOneClause() {
    assertThat(Text.tokens("fièvre à 38,5 depuis hier"))
        .containsExactly("fievre", "a", "38", "5", "depuis", "hier");
  }

  private static boolean same(String rule, String token) {
    return Text.sameWord(rule, Text.stem(rule), token, Text.stem(token));
  }

  @Property
  void distance_isSymmetricAndZeroOnlyForEqualStrings(
      @ForAll @AlphaChars @StringLength(max = 12) String a,
      @ForAll @AlphaChars @StringLength(max = 12) String b) {
    assertThat(Text.distance(a, b)).isEqualTo(Text.distance(b, a));
    assertThat(Text.distance(a, b) == 0).isEqualTo(a.equals(b));
    assertThat(Text.distance(a, b)).isLessThanOrEqualTo(Math.max(a.length(), b.length()));
  }

  @Property
  void fold_isIdempotent(@ForAll @StringLength(max = 30) String s) {
    assertThat(Text.fold(Text.fold(s))).isEqualTo(Text.fold(s));
  }
}
