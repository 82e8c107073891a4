package vn.ictindex.assessment.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.ictindex.assessment.evidence.EvidenceLibrary;

import java.util.Map;

/**
 * An upload over the server's limit ({@code spring.servlet.multipart.max-file-size}) fails before any controller
 * runs; for the library it leads back to the library with the message next to the file field instead of an error
 * page. Requests elsewhere are left to the other resolvers.
 */
@Component
class EvidenceUploadTooLarge implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(ex instanceof MaxUploadSizeExceededException) || !path.startsWith("/evidence/")) {
            return null;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("uploadErrors", Map.of("file", EvidenceLibrary.TOO_LARGE));
        return new ModelAndView("redirect:/evidence");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
