package vn.ictindex.appraisal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.ictindex.appraisal.AppraisalException;
import vn.ictindex.appraisal.NotVisibleException;

import java.io.IOException;

/** A unit or thread the user may not see gets the ordinary "page not found": nothing is learnt about it. */
@ControllerAdvice(basePackageClasses = AppraisalWebErrors.class)
class AppraisalWebErrors {

    @ExceptionHandler(NotVisibleException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** A page the user's role may not open (the services refuse it); forms catch their own refusals. */
    @ExceptionHandler(AppraisalException.class)
    void forbidden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
