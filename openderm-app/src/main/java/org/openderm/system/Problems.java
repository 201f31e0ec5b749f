package org.openderm.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details with OpenDerm's stable {@code code} and, for validation, {@code errors:
 * [{field, message}]}. Never a stack trace, never patient data.
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  public static ProblemDetail of(int status, String code, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
    p.setType(URI.create("urn:openderm:problem:" + code));
    p.setTitle(title);
    p.setProperty("code", code);
    return p;
  }

  public static ProblemDetail of(OpenDermException e) {
    ProblemDetail p = of(e.status(), e.code(), e.title(), e.getMessage());
    if (e instanceof InvalidInputException invalid) {
      p.setProperty("errors", errors(invalid.violations()));
    }
    return p;
  }

  public static List<Map<String, String>> errors(List<Violation> violations) {
    return violations.stream()
        .map(v -> Map.of("field", v.field(), "message", v.message()))
        .toList();
  }

  /** Writes a problem directly to a servlet response (security filters, size limit). */
  public static void write(
      HttpServletResponse response, int status, String code, String title, String detail)
      throws IOException {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", "urn:openderm:problem:" + code);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("code", code);
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
