package vn.ictindex.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps a user whose password was reset by an administrator on the change-password page until they have chosen their
 * own; the flag is put in the session at sign-in.
 */
@Configuration
public class PasswordChangeGate implements WebMvcConfigurer, HandlerInterceptor {

    public static final String PAGE = "/account/password";
    public static final String SESSION_FLAG = "ictindex.mustChangePassword";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(PAGE, "/login", "/logout", "/error", "/css/**", "/js/**",
                "/webjars/**", "/favicon.ico");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(SESSION_FLAG))) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return false;
        }
        return true;
    }
}
