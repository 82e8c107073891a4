package vn.ictindex.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

import java.io.IOException;

/**
 * Reads an upload before anything else asks for its fields, so that a file over the server's limit
 * ({@code spring.servlet.multipart.max-file-size}) leads back to the form's page ({@code backTo}) with
 * {@code ?upload=too-large} (or {@code unreadable}) for the page to explain, instead of the container's bare error.
 *
 * <p>Without it the first reader is the CSRF check, which needs the token among the form fields; the servlet container
 * then fails the whole request, and even its error page (which the same check runs on again), so the user sees the
 * container's bare error report. Here the multipart body is parsed once, and the container keeps the parts for the
 * CSRF check and the controller. An upload that is too large or unreadable is answered with a redirect, which
 * changes nothing and so needs no CSRF token.
 */
public class UploadSizeFilter extends OncePerRequestFilter {

    public static final String TOO_LARGE = "too-large";
    public static final String UNREADABLE = "unreadable";
    /** Spring Security's filter chain runs at order -100; the upload must be read before it. */
    public static final int BEFORE_SECURITY = -101;

    private final MultipartResolver multipart = new StandardServletMultipartResolver();
    private final String backTo;

    public UploadSizeFilter(String backTo) {
        this.backTo = backTo;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request instanceof MultipartHttpServletRequest
                || !multipart.isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            multipart.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException e) {
            response.sendRedirect(request.getContextPath() + backTo + "?upload=" + TOO_LARGE);
            return;
        } catch (MultipartException e) {
            response.sendRedirect(request.getContextPath() + backTo + "?upload=" + UNREADABLE);
            return;
        }
        chain.doFilter(request, response);
    }
}
