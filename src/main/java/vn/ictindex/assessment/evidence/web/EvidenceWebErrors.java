package vn.ictindex.assessment.evidence.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.ictindex.assessment.evidence.EvidenceNotFoundException;

import java.io.IOException;

/** A missing item, or another unit's, gets the ordinary "page not found". */
@ControllerAdvice(basePackageClasses = EvidenceWebErrors.class)
class EvidenceWebErrors {

    @ExceptionHandler(EvidenceNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
