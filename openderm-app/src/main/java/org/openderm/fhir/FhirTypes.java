package org.openderm.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;

/** Conversions between java.time values and FHIR date types, all in UTC. */
final class FhirTypes {

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private FhirTypes() {}

  static DateTimeType dateTime(Instant instant) {
    return instant == null
        ? null
        : new DateTimeType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
  }

  static InstantType instant(Instant instant) {
    return instant == null
        ? null
        : new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
  }

  static DateType date(LocalDate date) {
    return date == null
        ? null
        : new DateType(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
  }

  static Instant instant(BaseDateTimeType t) {
    return t == null || t.getValue() == null ? null : t.getValue().toInstant();
  }

  static LocalDate localDate(BaseDateTimeType t) {
    if (t == null || t.getValue() == null) {
      return null;
    }
    return LocalDate.of(t.getYear(), t.getMonth() + 1, t.getDay());
  }

  /** The {@code urn:uuid:} full URL of a resource id. */
  static String urn(UUID id) {
    return "urn:uuid:" + id;
  }

  /** A stable UUID standing for a pseudonym, so that pseudonymised bundles link by urn:uuid. */
  static UUID pseudonymUuid(String pseudonym) {
    return UUID.nameUUIDFromBytes(
        ("openderm-pseudonym:" + pseudonym).getBytes(StandardCharsets.UTF_8));
  }
}
