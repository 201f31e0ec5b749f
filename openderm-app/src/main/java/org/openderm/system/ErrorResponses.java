package org.openderm.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.openderm.audit.Action;
import org.openderm.audit.AuditEntry;
import org.openderm.audit.AuditTrail;
import org.openderm.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error into RFC 9457 problem+json on the API, or the error page in the UI. Never a
 * stack trace or patient data in the answer; unexpected errors are logged by type only.
 */
@RestControllerAdvice
class ErrorResponses {

  private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);
  private final AuditTrail audit;

  ErrorResponses(AuditTrail audit) {
    this.audit = audit;
  }

  @ExceptionHandler(OpenDermException.class)
  Object known(OpenDermException e, HttpServletRequest req, HttpServletResponse res) {
    if (e.retryAfterSeconds() > 0) {
      res.setHeader("Retry-After", Integer.toString(e.retryAfterSeconds()));
    }
    return respond(req, Problems.of(e));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  Object invalidBody(MethodArgumentNotValidException e, HttpServletRequest req) {
    List<Violation> v =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new Violation(f.getField(), f.getDefaultMessage()))
            .toList();
    return respond(req, Problems.of(new InvalidInputException(v)));
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest req) {
    List<Violation> v =
        e.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            err ->
                                new Violation(
                                    r.getMethodParameter().getParameterName(),
                                    err.getDefaultMessage())))
            .toList();
    return respond(req, Problems.of(new InvalidInputException(v)));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  Object constraint(ConstraintViolationException e, HttpServletRequest req) {
    List<Violation> v =
        e.getConstraintViolations().stream()
            .map(c -> new Violation(c.getPropertyPath().toString(), c.getMessage()))
            .toList();
    return respond(req, Problems.of(new InvalidInputException(v)));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest req) {
    return respond(
        req, Problems.of(new InvalidInputException(e.getName(), "has the wrong format")));
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MissingServletRequestPartException.class
  })
  Object missing(Exception e, HttpServletRequest req) {
    String name =
        e instanceof MissingServletRequestParameterException m
            ? m.getParameterName()
            : ((MissingServletRequestPartException) e).getRequestPartName();
    return respond(req, Problems.of(new InvalidInputException(name, "is required")));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  Object unreadable(HttpMessageNotReadableException e, HttpServletRequest req) {
    if (causedBy(e, PayloadTooLargeException.class)) {
      return respond(req, Problems.of(new PayloadTooLargeException()));
    }
    return respond(
        req,
        Problems.of(
            400,
            "DERM-0002",
            "Malformed request",
            "The request body is not valid JSON of the expected shape."));
  }

  @ExceptionHandler({MaxUploadSizeExceededException.class})
  Object tooLarge(Exception e, HttpServletRequest req) {
    return respond(req, Problems.of(new PayloadTooLargeException()));
  }

  @ExceptionHandler(MultipartException.class)
  Object badMultipart(MultipartException e, HttpServletRequest req) {
    if (causedBy(e, PayloadTooLargeException.class)
        || e.getMessage() != null && e.getMessage().contains("size")) {
      return respond(req, Problems.of(new PayloadTooLargeException()));
    }
    return respond(
        req,
        Problems.of(
            400, "DERM-0002", "Malformed request", "The multipart request could not be read."));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest req) {
    return respond(
        req,
        Problems.of(
            415,
            "DERM-0007",
            "Unsupported media type",
            "This endpoint does not accept " + e.getContentType() + "."));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest req) {
    return respond(
        req,
        Problems.of(
            405, "DERM-0008", "Method not allowed", e.getMethod() + " is not allowed here."));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  Object noResource(NoResourceFoundException e, HttpServletRequest req) {
    return respond(req, Problems.of(404, "DERM-0004", "Not found", "No such resource."));
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  Object denied(Exception e, HttpServletRequest req) {
    // A refusal for the caller's role is a refused operation too: one DENIED row (the patient-data
    // hook has already written its own when it refused).
    if (req.getAttribute(AuditTrail.REFUSAL_RECORDED) == null) {
      audit.recordIndependently(
          new AuditEntry(
              CurrentUser.username(),
              CurrentUser.auditRole(),
              actionOf(req.getMethod()),
              req.getMethod() + " " + req.getRequestURI().replaceAll("[0-9a-f-]{36}", "{id}"),
              null,
              "DENIED",
              "ROLE",
              CurrentUser.clientAddress(),
              "role does not allow"));
    }
    return respond(
        req, Problems.of(403, "DERM-0005", "Forbidden", "Your role does not allow this."));
  }

  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e, HttpServletRequest req) {
    log.error(
        "Unexpected {} on {} {}",
        e.getClass().getName(),
        req.getMethod(),
        req.getRequestURI().replaceAll("[0-9a-f-]{36}", "{id}"));
    return respond(
        req,
        Problems.of(
            500,
            "DERM-0500",
            "Internal error",
            "Something went wrong on the server; nothing was changed."));
  }

  private static Object respond(HttpServletRequest req, ProblemDetail problem) {
    if (isApi(req)) {
      return ResponseEntity.status(problem.getStatus())
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    ModelAndView mav = new ModelAndView("error");
    mav.setStatus(org.springframework.http.HttpStatus.valueOf(problem.getStatus()));
    mav.addObject("problem", problem);
    return mav;
  }

  private static Action actionOf(String method) {
    return switch (method) {
      case "GET", "HEAD" -> Action.R;
      case "POST" -> Action.C;
      case "PUT", "PATCH" -> Action.U;
      case "DELETE" -> Action.D;
      default -> Action.E;
    };
  }

  static boolean isApi(HttpServletRequest req) {
    String uri = req.getRequestURI();
    return uri.startsWith("/api/") || uri.startsWith("/cds-services");
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
