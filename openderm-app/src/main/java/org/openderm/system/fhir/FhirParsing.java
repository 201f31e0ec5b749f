package org.openderm.system.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.openderm.system.Violation;

/**
 * Parses FHIR R4 JSON and collects everything wrong with it instead of stopping at the first
 * problem, so that a 400 can list all of it.
 *
 * <p>Unknown elements are tolerated (FHIR servers add extensions and newer elements); invalid
 * values, wrong JSON types and repeated single elements are errors.
 */
public final class FhirParsing {

  private FhirParsing() {}

  /**
   * The outcome of parsing one resource.
   *
   * @param resource the parsed resource, null when it could not be parsed at all
   * @param violations what is wrong, each under the given field prefix
   */
  public record Parsed(IBaseResource resource, List<Violation> violations) {}

  /**
   * Parses a JSON resource, naming problems under {@code field} (such as {@code prefetch.patient}).
   */
  public static Parsed parse(String json, String field) {
    Collector errors = new Collector(field);
    IParser parser = Fhir.r4().newJsonParser().setParserErrorHandler(errors);
    try {
      IBaseResource resource = parser.parseResource(json);
      return new Parsed(
          errors.violations.isEmpty() ? resource : null, List.copyOf(errors.violations));
    } catch (DataFormatException | ClassCastException e) {
      errors.violations.add(
          new Violation(field, "not valid FHIR R4 JSON: " + clean(e.getMessage())));
      return new Parsed(null, List.copyOf(errors.violations));
    }
  }

  private static String clean(String message) {
    if (message == null) {
      return "unreadable";
    }
    // HAPI prefixes its messages with an internal code such as "HAPI-1861: ".
    return message.replaceFirst("^HAPI-\\d+:\\s*", "");
  }

  /** Collects parse errors as violations. */
  private static final class Collector extends ErrorHandlerAdapter {
    private final String field;
    private final List<Violation> violations = new ArrayList<>();

    Collector(String field) {
      this.field = field;
    }

    private String at(IParserErrorHandler.IParseLocation location, String element) {
      String parent = location == null ? null : location.getParentElementName();
      String path = parent == null ? element : parent + "." + element;
      return path == null ? field : field + "." + path;
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
      violations.add(new Violation(at(location, null), "invalid value '" + value + "': " + error));
    }

    @Override
    public void incorrectJsonType(
        IParseLocation location,
        String element,
        BaseJsonLikeValue.ValueType expected,
        BaseJsonLikeValue.ScalarType expectedScalar,
        BaseJsonLikeValue.ValueType found,
        BaseJsonLikeValue.ScalarType foundScalar) {
      violations.add(
          new Violation(
              at(location, element), "expected a JSON " + expected + " but found " + found));
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String element) {
      violations.add(new Violation(at(location, element), "must not repeat"));
    }
  }
}
