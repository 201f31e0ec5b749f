package org.openderm.photo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.openderm.audit.Action;
import org.openderm.consent.ConsentPolicy;
import org.openderm.consent.Purpose;
import org.openderm.ml.quality.QualityVerdict;
import org.openderm.patient.Capability;
import org.openderm.patient.PatientData;
import org.openderm.patient.PatientId;
import org.openderm.security.CurrentUser;
import org.openderm.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A patient's photos: stored encrypted with their quality verdict, listed, and read back.
 *
 * <p>Storing needs the patient's CARE consent. The file is written (temp, fsync, rename) before the
 * row is committed; if the transaction does not commit, the file is removed, so that neither a row
 * without its file nor a file without its row is left behind.
 */
@Service
@PreAuthorize("hasAnyRole('CLINICIAN', 'PATIENT')")
public class PhotoService {

  static final String KEY_LABEL = "photo-key-wrap";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final ConsentPolicy consent;
  private final PhotoCrypto crypto;
  private final PhotoFiles files;

  PhotoService(JdbcClient jdbc, ConsentPolicy consent, PhotoCrypto crypto, PhotoFiles files) {
    this.jdbc = jdbc;
    this.consent = consent;
    this.crypto = crypto;
    this.files = files;
  }

  /** Stores a sanitised photo and its verdict; needs CARE consent (403 DERM-0102 without). */
  @PatientData(
      action = Action.C,
      resource = "photo",
      capability = {Capability.WRITE_PATIENT_ENTRY, Capability.WRITE_CLINICAL})
  @Transactional
  public StoredPhoto store(
      @PatientId UUID patientId, SanitizedImage image, QualityVerdict verdict, String bodySite) {
    consent.require(patientId, Purpose.CARE);
    UUID id = UUID.randomUUID();
    SecretKey dataKey = PhotoCrypto.newDataKey();
    byte[] sealed = PhotoCrypto.encrypt(dataKey, image.jpeg(), "image", id, patientId);
    byte[] thumb =
        PhotoCrypto.encrypt(dataKey, Thumbnails.jpeg(image.pixels()), "thumb", id, patientId);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
              files.delete(id);
            }
          }
        });
    files.write(id, sealed);
    jdbc.sql(
            """
        insert into photo (id, patient_id, body_site, created_by, width, height, byte_size,
          source_format, file_sha256, wrapped_key, key_label, thumbnail, quality_acceptable,
          quality_issues, quality_metrics)
        values (:id, :p, :site, :by, :w, :h, :size, :fmt, :sha, :key, :label, :thumb, :ok,
          :issues, :metrics)""")
        .param("id", id)
        .param("p", patientId)
        .param("site", bodySite == null ? "" : bodySite.strip())
        .param("by", CurrentUser.username())
        .param("w", image.width())
        .param("h", image.height())
        .param("size", image.jpeg().length)
        .param("fmt", image.sourceFormat())
        .param("sha", Hashes.sha256Hex(sealed))
        .param("key", crypto.wrap(dataKey, id, patientId))
        .param("label", KEY_LABEL)
        .param("thumb", thumb)
        .param("ok", verdict.acceptable())
        .param("issues", codes(verdict))
        .param("metrics", JSON.writeValueAsString(verdict.metrics()))
        .update();
    return find(patientId, id);
  }

  /** The patient's photos, newest first. */
  @PatientData(
      action = Action.R,
      resource = "photo",
      capability = {Capability.READ})
  @Transactional
  public List<StoredPhoto> list(@PatientId UUID patientId) {
    return jdbc.sql(
            "select * from photo where patient_id = :p and voided_at is null"
                + " order by taken_at desc, id")
        .param("p", patientId)
        .query(PhotoService::row)
        .list();
  }

  /** One photo's record. */
  @PatientData(
      action = Action.R,
      resource = "photo",
      capability = {Capability.READ})
  @Transactional
  public StoredPhoto get(@PatientId UUID patientId, UUID photoId) {
    return find(patientId, photoId);
  }

  /** The sanitised JPEG, decrypted after checking the file's hash and authentication tag. */
  @PatientData(
      action = Action.R,
      resource = "photo",
      capability = {Capability.READ})
  @Transactional
  public byte[] image(@PatientId UUID patientId, UUID photoId) {
    Keyed k = keyed(patientId, photoId);
    byte[] sealed = files.read(photoId);
    if (!Hashes.sha256Hex(sealed).equals(k.sha256())) {
      throw new PhotoIntegrityException("The stored photo file does not match its hash.");
    }
    return PhotoCrypto.decrypt(k.key(), sealed, "image", photoId, patientId);
  }

  /** The thumbnail JPEG (at most 256 px). */
  @PatientData(
      action = Action.R,
      resource = "photo",
      capability = {Capability.READ})
  @Transactional
  public byte[] thumbnail(@PatientId UUID patientId, UUID photoId) {
    Keyed k = keyed(patientId, photoId);
    return PhotoCrypto.decrypt(k.key(), k.thumbnail(), "thumb", photoId, patientId);
  }

  private record Keyed(SecretKey key, String sha256, byte[] thumbnail) {}

  private Keyed keyed(UUID patientId, UUID photoId) {
    return jdbc.sql(
            "select wrapped_key, file_sha256, thumbnail from photo"
                + " where id = :id and patient_id = :p and voided_at is null")
        .param("id", photoId)
        .param("p", patientId)
        .query(
            (rs, n) ->
                new Keyed(
                    crypto.unwrap(rs.getBytes("wrapped_key"), photoId, patientId),
                    rs.getString("file_sha256"),
                    rs.getBytes("thumbnail")))
        .optional()
        .orElseThrow(() -> new NotFoundException("DERM-0208", "No such photo."));
  }

  private StoredPhoto find(UUID patientId, UUID photoId) {
    return jdbc.sql("select * from photo where id = :id and patient_id = :p and voided_at is null")
        .param("id", photoId)
        .param("p", patientId)
        .query(PhotoService::row)
        .optional()
        .orElseThrow(() -> new NotFoundException("DERM-0208", "No such photo."));
  }

  private static StoredPhoto row(ResultSet rs, int n) throws SQLException {
    String issues = rs.getString("quality_issues");
    return new StoredPhoto(
        rs.getObject("id", UUID.class),
        rs.getObject("patient_id", UUID.class),
        rs.getString("body_site"),
        rs.getTimestamp("taken_at").toInstant(),
        rs.getString("created_by"),
        rs.getInt("width"),
        rs.getInt("height"),
        rs.getInt("byte_size"),
        rs.getBoolean("quality_acceptable"),
        issues.isEmpty() ? List.of() : Arrays.asList(issues.split(",")));
  }

  private static String codes(QualityVerdict v) {
    return String.join(",", v.issues().stream().map(i -> i.code().name()).toList());
  }
}
