package org.openderm.system.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.openderm.security.AccountService;
import org.openderm.security.NewAccount;
import org.openderm.security.Role;
import org.openderm.security.Specialty;
import org.openderm.system.DemoPatientsSeeded;
import org.openderm.system.SystemProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code --demo}: the demo accounts of DESIGN §4 and the demo stories, each seeded once.
 *
 * <p>Idempotent: an account is created only when missing, and a story only when the {@code
 * demo_story} table does not name it; each story runs in its own transaction, so a failed story
 * leaves nothing half-written and is tried again at the next start.
 */
@Component
class DemoSeeder {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

  private final SystemProperties system;
  private final AccountService accounts;
  private final List<DemoStory> stories;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;

  DemoSeeder(
      SystemProperties system,
      AccountService accounts,
      List<DemoStory> stories,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      ApplicationEventPublisher events) {
    this.system = system;
    this.accounts = accounts;
    this.stories = stories;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    if (system.demo()) {
      seed();
    }
  }

  /**
   * What a seeding did: the stories seeded now (empty when all were there), and the background
   * seeding of images, done when the stories' photos and triage results are stored.
   */
  record Seeding(List<String> stories, CompletableFuture<Void> images) {}

  /** Seeds what is missing: the stories now, their slow images in the background. */
  Seeding seed() {
    long start = System.nanoTime();
    seedAccounts();
    log.info("Demo accounts ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    if (stories().isEmpty() && accounts.find("patient").isPresent()) {
      // A data directory seeded by an older OpenDerm: its patients have no stories, and seeding
      // them again would duplicate them.
      log.info("Demo stories skipped: this data directory holds older demo data");
      return new Seeding(List.of(), CompletableFuture.completedFuture(null));
    }
    Map<String, UUID> seededNow = new LinkedHashMap<>();
    for (DemoStory story : stories) {
      if (seeded(story.key()).isEmpty()) {
        long t = System.nanoTime();
        UUID id = transactions.execute(status -> seedStory(story));
        seededNow.put(story.key(), id);
        log.info("Demo story {} seeded in {} ms", story.key(), (System.nanoTime() - t) / 1_000_000);
      }
    }
    if (!seededNow.isEmpty()) {
      Map<String, UUID> all = new LinkedHashMap<>();
      for (DemoStory story : stories) {
        seeded(story.key()).ifPresent(id -> all.put(story.key(), id));
      }
      events.publishEvent(new DemoPatientsSeeded(all));
    }
    log.info(
        "Demo data ready in {} ms (images may follow in the background): accounts admin, dermato, gp, patient, parent, learner; {} stories"
            + " seeded now ({}), {} in all",
        (System.nanoTime() - start) / 1_000_000,
        seededNow.size(),
        String.join(", ", seededNow.keySet()),
        stories.size());
    return new Seeding(List.copyOf(seededNow.keySet()), seedImagesInBackground());
  }

  /** The background images of every seeded story whose images are not stored yet. */
  private CompletableFuture<Void> seedImagesInBackground() {
    List<DemoStory> pending =
        stories.stream()
            .filter(DemoStory::imagesInBackground)
            .filter(s -> seeded(s.key()).isPresent() && seeded(imagesKey(s)).isEmpty())
            .toList();
    if (pending.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.runAsync(
        () -> {
          for (DemoStory story : pending) {
            long t = System.nanoTime();
            UUID id = seeded(story.key()).orElseThrow();
            transactions.executeWithoutResult(
                status -> {
                  story.seedImages(id);
                  mark(imagesKey(story), id);
                });
            log.info(
                "Demo images of {} seeded in {} ms (photo gate and triage model)",
                story.key(),
                (System.nanoTime() - t) / 1_000_000);
          }
        },
        runnable -> {
          Thread thread = new Thread(runnable, "demo-images");
          thread.setDaemon(true);
          thread.start();
        });
  }

  private static String imagesKey(DemoStory story) {
    return story.key() + "/images";
  }

  private void mark(String story, UUID patient) {
    jdbc.sql("insert into demo_story (story, patient_id) values (:s, :p)")
        .param("s", story)
        .param("p", patient)
        .update();
  }

  private UUID seedStory(DemoStory story) {
    UUID id = story.kit.createPatient(story.patient());
    story.seedAccess(id);
    story.seedRecord(id);
    story.seedCourse(id);
    if (!story.imagesInBackground()) {
      story.seedImages(id);
    }
    mark(story.key(), id);
    return id;
  }

  private void seedAccounts() {
    String pw = system.demoPassword();
    account(new NewAccount("admin", "Admin OpenDerm", pw, Role.ADMIN, null, null));
    account(
        new NewAccount(
            "dermato", "Dr Claire Dubois", pw, Role.CLINICIAN, Specialty.DERMATOLOGIST, null));
    account(new NewAccount("gp", "Dr Marc Petit", pw, Role.CLINICIAN, Specialty.GP, null));
    account(new NewAccount("learner", "Sami Haddad (interne)", pw, Role.LEARNER, null, null));
  }

  private void account(NewAccount a) {
    if (accounts.find(a.username()).isEmpty()) {
      accounts.createUnchecked(a);
    }
  }

  private List<String> stories() {
    return jdbc.sql("select story from demo_story where story not like '%/images'")
        .query(String.class)
        .list();
  }

  /** The patient of a seeded story. */
  Optional<UUID> seeded(String story) {
    return jdbc.sql("select patient_id from demo_story where story = :s")
        .param("s", story)
        .query(UUID.class)
        .optional();
  }
}
