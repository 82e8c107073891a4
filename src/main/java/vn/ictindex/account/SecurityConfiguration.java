package vn.ictindex.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Who reaches which screen. Form login with BCrypt-hashed passwords, sessions in the database, CSRF protection on every
 * state-changing request (Spring Security's default, kept on). Unit-level checks (an agency sees only its own data)
 * are made by the services, not here.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccounts accounts, PasswordEncoder passwords,
                                                ApplicationEventPublisher events) {
        // The principal kept in the (database) session is the user without the password hash.
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts) {
            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                                 UserDetails user) {
                return super.createSuccessAuthentication(((CurrentUser) principal).withoutPassword(), authentication,
                        ((CurrentUser) user).withoutPassword());
            }
        };
        provider.setPasswordEncoder(passwords);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager, UserAccounts accounts)
            throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();
        usual.setDefaultTargetUrl("/");
        // after an administrator's reset, the new password comes before anything else
        AuthenticationSuccessHandler success = (request, response, authentication) -> {
            if (accounts.mustChangePassword(((CurrentUser) authentication.getPrincipal()).id())) {
                request.getSession().setAttribute(PasswordChangeGate.SESSION_FLAG, Boolean.TRUE);
                response.sendRedirect(request.getContextPath() + PasswordChangeGate.PAGE);
            } else {
                usual.onAuthenticationSuccess(request, response, authentication);
            }
        };
        http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/public/**").permitAll()
                        .requestMatchers("/admin/**", "/periods/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/appraisal/compilation/**", "/appraisal/preliminary/**",
                                "/appraisal/council/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/appraisal/assigned/**").hasRole(Role.COUNCIL.name())
                        .requestMatchers(HttpMethod.POST, "/criteria/**").hasRole(Role.ADMIN.name())
                        // the department and the council read any unit's evidence (EvidenceLibrary checks the unit)
                        .requestMatchers(HttpMethod.GET, "/evidence/*/file", "/evidence/*/preview")
                        .hasAnyRole(Role.SPECIALIST.name(), Role.HEAD.name(), Role.ADMIN.name(), Role.COUNCIL.name())
                        .requestMatchers("/review/**").hasAnyRole(Role.ADMIN.name(), Role.COUNCIL.name())
                        .requestMatchers("/assessment/**", "/evidence/**")
                        .hasAnyRole(Role.SPECIALIST.name(), Role.HEAD.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(success)
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + "/login?error&username=" + java.net.URLEncoder.encode(
                                        String.valueOf(request.getParameter("username")),
                                        java.nio.charset.StandardCharsets.UTF_8)))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }
}
