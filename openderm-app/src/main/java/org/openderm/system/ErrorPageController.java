package org.openderm.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside controllers (filters, the container): problem+json for the API, the error
 * page for people. Replaces Spring Boot's default error controller.
 */
@Controller
class ErrorPageController implements ErrorController {

  @RequestMapping("/error")
  Object error(HttpServletRequest req) {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // Asked for directly (GET /error), nothing failed: there is no such page.
    int status = code instanceof Integer i ? i : 404;
    HttpStatus http =
        HttpStatus.resolve(status) == null
            ? HttpStatus.INTERNAL_SERVER_ERROR
            : HttpStatus.valueOf(status);
    String errorCode =
        switch (status) {
          case 400 -> "DERM-0002";
          case 401 -> "DERM-0006";
          case 403 -> "DERM-0005";
          case 404 -> "DERM-0004";
          case 413 -> "DERM-0003";
          default -> status >= 500 ? "DERM-0500" : "DERM-0000";
        };
    var problem =
        Problems.of(http.value(), errorCode, http.getReasonPhrase(), http.getReasonPhrase());
    Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri != null
        && (uri.toString().startsWith("/api/") || uri.toString().startsWith("/cds-services"))) {
      return ResponseEntity.status(http)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    ModelAndView mav = new ModelAndView("error");
    mav.setStatus(http);
    mav.addObject("problem", problem);
    return mav;
  }
}
