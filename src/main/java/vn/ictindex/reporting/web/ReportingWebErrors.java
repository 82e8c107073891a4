package vn.ictindex.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.ictindex.reporting.ReportNotFoundException;

import java.io.IOException;

/** A report that does not exist, or another unit's, gets the ordinary "page not found". */
@ControllerAdvice(basePackageClasses = ReportingWebErrors.class)
class ReportingWebErrors {

    @ExceptionHandler(ReportNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
