package org.openderm.triage;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.openderm.audit.Action;
import org.openderm.consent.ConsentPolicy;
import org.openderm.consent.Purpose;
import org.openderm.ml.lesion.AbstainReason;
import org.openderm.ml.lesion.LesionTriage;
import org.openderm.ml.lesion.ModelFiles;
import org.openderm.ml.lesion.TriageResult;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.security.CurrentUser;
import org.openderm.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AI triage of a dermoscopic photo for clinicians. Order of checks: access to the patient (the
 * {@code @PatientData} aspect), AI_ANALYSIS consent, decoding, the quality gate; only then the
 * model. With a patient the result is stored with the model version and audited; without one it is
 * a stateless calculation on an anonymous image and nothing is kept.
 */
@Service
@PreAuthorize("hasRole('CLINICIAN')")
public class TriageService {

  static final String MODEL_NAME = "openderm-lesion-triage";

  private final TriageEngine engine;
  private final ConsentPolicy consent;
  private final JdbcClient jdbc;

  TriageService(TriageEngine engine, ConsentPolicy consent, JdbcClient jdbc) {
    this.engine = engine;
    this.consent = consent;
    this.jdbc = jdbc;
  }

  /** Triage of an anonymous image: nothing is stored. */
  public TriageResponse analyse(byte[] image, boolean explain) {
    return run(decode(image), explain, null);
  }

  /** Triage of a patient's photo: needs AI_ANALYSIS consent; stored and audited. */
  @PatientData(action = Action.C, resource = "triage")
  @Transactional
  public TriageResponse analyseForPatient(
      @PatientId UUID patientId, byte[] image, boolean explain) {
    consent.require(patientId, Purpose.AI_ANALYSIS);
    TriageResponse r = run(decode(image), explain, null);
    long id = store(patientId, ModelFiles.sha256(image), r);
    return new TriageResponse(
        r.quality(),
        r.abstained(),
        r.abstainReason(),
        r.predictions(),
        r.malignancyRisk(),
        r.referral(),
        r.model(),
        r.heatmapPng(),
        id,
        r.disclaimer(),
        r.lesion());
  }

  /** The patient's stored triage results, newest first (voided ones left out). */
  @PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
  @PatientData(action = Action.R, resource = "triage")
  @Transactional
  public List<StoredTriage> results(@PatientId UUID patientId) {
    return jdbc.sql(
            """
        select * from triage_result where patient_id = :p and voided_at is null
         order by created_at desc, id desc""")
        .param("p", patientId)
        .query(
            (rs, n) ->
                new StoredTriage(
                    rs.getLong("id"),
                    patientId,
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getString("image_sha256"),
                    rs.getBoolean("abstained"),
                    rs.getString("abstain_reason"),
                    rs.getString("referral"),
                    (Double) rs.getObject("malignancy_risk"),
                    probabilities(rs.getString("probabilities")),
                    rs.getString("model_name") + " " + rs.getString("model_version"),
                    rs.getString("created_by")))
        .list();
  }

  static java.util.Map<String, Double> probabilities(String stored) {
    java.util.Map<String, Double> map = new java.util.LinkedHashMap<>();
    if (stored != null && !stored.isBlank()) {
      for (String pair : stored.split(",")) {
        String[] kv = pair.split(":");
        map.put(kv[0], Double.parseDouble(kv[1]));
      }
    }
    return map;
  }

  private TriageResponse run(BufferedImage img, boolean explain, Long id) {
    List<TriageResponse.Issue> issues = ImageGate.check(img);
    LesionTriage triage = engine.triage();
    TriageResponse.ModelInfo model =
        new TriageResponse.ModelInfo(
            MODEL_NAME, triage.model().settings().version(), triage.model().sha256());
    if (!issues.isEmpty()) {
      return new TriageResponse(
          new TriageResponse.Quality(false, issues),
          true,
          AbstainReason.QUALITY_GATE.code(),
          List.of(),
          null,
          null,
          model,
          null,
          id,
          DISCLAIMER,
          null);
    }
    TriageResult t = triage.analyse(img, explain);
    List<TriageResponse.Prediction> preds =
        t.ranked().stream()
            .map(
                p ->
                    new TriageResponse.Prediction(
                        p.lesionClass().code(), p.lesionClass().label(), p.probability()))
            .toList();
    return new TriageResponse(
        new TriageResponse.Quality(true, List.of()),
        t.abstained(),
        t.abstained() ? t.abstainReason().code() : null,
        preds,
        t.malignancyRisk(),
        t.referral() == null ? null : t.referral().code(),
        model,
        t.heatmapPng() == null ? null : Base64.getEncoder().encodeToString(t.heatmapPng()),
        id,
        DISCLAIMER,
        LesionTriage.measure(img));
  }

  private long store(UUID patientId, String imageSha, TriageResponse r) {
    String probs =
        r.predictions().stream()
            .map(p -> String.format(Locale.ROOT, "%s:%.6f", p.code(), p.probability()))
            .collect(Collectors.joining(","));
    return jdbc.sql(
            """
        insert into triage_result (patient_id, image_sha256, abstained, abstain_reason, referral,
          malignancy_risk, probabilities, model_name, model_version, model_sha256, created_by)
        values (:p, :img, :ab, :reason, :ref, :risk, :probs, :mn, :mv, :ms, :by)
        returning id""")
        .param("p", patientId)
        .param("img", imageSha)
        .param("ab", r.abstained())
        .param("reason", r.abstainReason())
        .param("ref", r.referral())
        .param("risk", r.malignancyRisk())
        .param("probs", probs)
        .param("mn", r.model().name())
        .param("mv", r.model().version())
        .param("ms", r.model().sha256())
        .param("by", CurrentUser.username())
        .query(Long.class)
        .single();
  }

  private static BufferedImage decode(byte[] image) {
    if (image == null || image.length == 0) {
      throw new InvalidInputException("image", "an image file is required");
    }
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(image));
      if (img == null) {
        throw new InvalidInputException("image", "not a readable JPEG or PNG image");
      }
      return img;
    } catch (IOException e) {
      throw new InvalidInputException("image", "not a readable JPEG or PNG image");
    }
  }

  static final String DISCLAIMER =
      "Decision support for clinicians on dermoscopic images of pigmented lesions, trained on"
          + " HAM10000 (mostly fair skin; skin of colour barely represented). Not a diagnosis;"
          + " never replaces the clinician's examination or histopathology.";
}
