package org.openderm.decision;

import java.util.Map;
import org.openderm.system.InvalidInputException;
import org.openderm.system.OpenDermException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Stands in, in standalone MockMvc tests only, for the platform's problem+json handler, so that
 * tests can assert the status, code and listed violations a client would see.
 */
@RestControllerAdvice
class TestProblemAdvice {

  @ExceptionHandler(OpenDermException.class)
  ResponseEntity<Map<String, Object>> handle(OpenDermException e) {
    Object errors = e instanceof InvalidInputException i ? i.violations() : java.util.List.of();
    return ResponseEntity.status(e.status())
        .body(Map.of("status", e.status(), "code", e.code(), "errors", errors));
  }
}
