package org.openderm.system.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openderm.consent.ConsentService;
import org.openderm.consent.Purpose;
import org.openderm.decision.Card;
import org.openderm.decision.PatientCardsService;
import org.openderm.eczema.Assessment;
import org.openderm.eczema.AssessmentService;
import org.openderm.forecast.PatientForecast;
import org.openderm.forecast.PatientForecastService;
import org.openderm.photo.PhotoService;
import org.openderm.record.ClinicalRecordService;
import org.openderm.support.IntegrationTest;
import org.openderm.triage.TriageService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Seeds the demo as {@code serve --demo} does and checks each story's facts through the features'
 * services, then seeds again and checks nothing was added.
 */
class DemoStoriesTest extends IntegrationTest {

  @Autowired DemoSeeder seeder;
  @Autowired AssessmentService assessments;
  @Autowired ClinicalRecordService records;
  @Autowired PatientCardsService cards;
  @Autowired ConsentService consents;
  @Autowired PhotoService photos;
  @Autowired TriageService triage;
  @Autowired PatientForecastService forecasts;

  @Test
  void demoStories_areSeededOnce_withTheirFacts() throws Exception {
    long start = System.nanoTime();
    DemoSeeder.Seeding first = seeder.seed();
    long storiesMs = (System.nanoTime() - start) / 1_000_000;
    first.images().get(5, TimeUnit.MINUTES);
    long imagesMs = (System.nanoTime() - start) / 1_000_000 - storiesMs;
    System.out.println(
        "Demo seeding: stories " + storiesMs + " ms, then images " + imagesMs + " ms");
    // Another test of this suite (the crawler) may have seeded the demo already in this database:
    // then nothing is seeded now, and every story must still be there.
    List<String> all = List.of("lea", "ines", "hugo", "camille", "chloe", "thomas");
    assertThat(first.stories()).isSubsetOf(all);
    assertThat(all).allSatisfy(story -> assertThat(seeder.seeded(story)).isPresent());

    UUID lea = story("lea");
    List<Assessment> leaScores = asDermato(() -> assessments.list(lea, null));
    List<Assessment> poScorad = only(leaScores, "po-scorad");
    // Six months of diary on most days, with a flare, a weekly POEM and visit SCORADs.
    assertThat(poScorad).hasSizeBetween(130, 183);
    assertThat(poScorad).allMatch(a -> a.recordedBy().equals("patient"));
    assertThat(poScorad.stream().mapToDouble(Assessment::score).max().orElseThrow())
        .isGreaterThan(50);
    assertThat(only(leaScores, "poem")).hasSizeBetween(20, 27);
    assertThat(only(leaScores, "scorad")).hasSize(6);
    // One medication list: dupilumab stopped, abrocitinib taken (also the chart's periods).
    assertThat(asDermato(() -> records.medications(lea)))
        .anySatisfy(
            m -> {
              assertThat(m.atc()).isEqualTo("D11AH05");
              assertThat(m.active()).isFalse();
            })
        .anySatisfy(
            m -> {
              assertThat(m.atc()).isEqualTo("D11AH08");
              assertThat(m.active()).isTrue();
            });
    assertThat(asDermato(() -> records.labs(lea, false))).hasSizeGreaterThanOrEqualTo(7);
    assertThat(openCards(lea)).contains("jak-monitoring-4-weeks");
    assertThat(asDermato(() -> consents.current(lea)))
        .anyMatch(c -> c.purpose() == Purpose.SHARING && "gp".equals(c.grantee()) && c.granted())
        .anyMatch(c -> c.purpose() == Purpose.AI_ANALYSIS && c.granted());
    PatientForecast f = asDermato(() -> forecasts.forecast(lea, "po-scorad", 7, Locale.FRENCH));
    assertThat(f.forecast().insufficientHistory()).isFalse();

    UUID ines = story("ines");
    List<Assessment> inesScores = asDermato(() -> assessments.list(ines, null));
    assertThat(only(inesScores, "scorad")).hasSize(3).allMatch(a -> a.input().has("extentPercent"));
    assertThat(only(inesScores, "po-scorad"))
        .hasSizeGreaterThan(40)
        .allMatch(a -> a.recordedBy().equals("parent"));

    UUID camille = story("camille");
    List<Assessment> salt = only(asDermato(() -> assessments.list(camille, null)), "salt");
    assertThat(salt).hasSize(4);
    assertThat(salt.get(salt.size() - 1).score()).isGreaterThanOrEqualTo(50);
    assertThat(openCards(camille)).contains("alopecia-areata-severe-systemic");

    UUID chloe = story("chloe");
    assertThat(openCards(chloe))
        .contains("isotretinoin-pregnancy-prevention", "isotretinoin-monthly-pregnancy-test");

    UUID thomas = story("thomas");
    assertThat(only(asDermato(() -> assessments.list(thomas, null)), "pasi")).hasSize(4);
    assertThat(openCards(thomas))
        .contains("methotrexate-monitoring-labs")
        .doesNotContain("methotrexate-folic-acid", "methotrexate-more-than-weekly");

    UUID hugo = story("hugo");
    int expectedPhotos = imagesAvailable() ? HugoLefevreStory.PHOTOS.length : 0;
    assertThat(asDermato(() -> photos.list(hugo))).hasSize(expectedPhotos);
    assertThat(asDermato(() -> triage.results(hugo))).hasSize(expectedPhotos);

    // A restart seeds nothing twice.
    DemoSeeder.Seeding again = seeder.seed();
    assertThat(again.stories()).isEmpty();
    assertThat(again.images()).isDone();
    assertThat(asDermato(() -> assessments.list(lea, null))).hasSameSizeAs(leaScores);
    assertThat(asDermato(() -> photos.list(hugo))).hasSize(expectedPhotos);
  }

  private UUID story(String key) {
    return seeder.seeded(key).orElseThrow(() -> new AssertionError("story " + key + " missing"));
  }

  private static boolean imagesAvailable() {
    return DemoImages.locate(Path.of("../shared/data"), Path.of("").toAbsolutePath()).isPresent();
  }

  private List<String> openCards(UUID patient) {
    return asDermato(() -> cards.cards(patient, Locale.FRENCH)).open().stream()
        .map(Card::ruleId)
        .toList();
  }

  private static List<Assessment> only(List<Assessment> all, String instrument) {
    return all.stream().filter(a -> a.instrument().equals(instrument)).toList();
  }

  private static <T> T asDermato(Supplier<T> work) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                "dermato",
                null,
                List.of(
                    new SimpleGrantedAuthority("ROLE_CLINICIAN"),
                    new SimpleGrantedAuthority("SPECIALTY_DERMATOLOGIST"))));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
