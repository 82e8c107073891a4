package vn.ictindex.consultation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.ictindex.consultation.ConsultationNotFoundException;

import java.io.IOException;

/** A round that does not exist, or is not sent to the user, gets the ordinary "page not found". */
@ControllerAdvice(basePackageClasses = ConsultationWebErrors.class)
class ConsultationWebErrors {

    @ExceptionHandler(ConsultationNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
