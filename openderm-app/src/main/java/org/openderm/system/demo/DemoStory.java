package org.openderm.system.demo;

import java.util.UUID;
import org.openderm.consent.Purpose;
import org.openderm.patient.NewPatient;

/**
 * One fictitious patient and their story, seeded once by {@code serve --demo}. A story creates the
 * patient as the demo dermatologist, then records in order: consents and care team, the clinical
 * record ({@link #seedRecord}), the course of scores and diary ({@link #seedCourse}), and images
 * ({@link #seedImages}). Each step uses the features' services, as a user would.
 */
abstract class DemoStory {

  protected final DemoKit kit;

  DemoStory(DemoKit kit) {
    this.kit = kit;
  }

  /** The short name other features know the patient by ({@code lea}, {@code hugo} ...). */
  abstract String key();

  /** Who the patient is. */
  abstract NewPatient patient();

  /** Consents and care team; by default the CARE consent only. */
  void seedAccess(UUID patient) {
    kit.consent(patient, Purpose.CARE, null);
  }

  /**
   * The clinical record: problems and medications through the decision feature's treatment service.
   * Where the story's labs, vaccinations, allergies and pregnancy status will be recorded once the
   * clinical record feature offers them.
   */
  abstract void seedRecord(UUID patient);

  /** Scores at visits and diary entries; none by default. */
  void seedCourse(UUID patient) {}

  /** Photos and their triage; none by default. */
  void seedImages(UUID patient) {}

  /**
   * Whether {@link #seedImages} runs after the server is ready, in the background: the triage model
   * takes tens of seconds to load and run on a busy CPU, and the other stories need not wait.
   */
  boolean imagesInBackground() {
    return false;
  }
}
