package vn.ictindex.assessment.evidence.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Web plumbing of the evidence library. */
@Configuration
class EvidenceWebConfiguration {

    /** Spring Security's filter chain runs at order -100; the upload must be read before it. */
    static final int BEFORE_SECURITY = -101;

    @Bean
    FilterRegistrationBean<EvidenceUploadSizeFilter> evidenceUploadSizeFilter() {
        FilterRegistrationBean<EvidenceUploadSizeFilter> registration =
                new FilterRegistrationBean<>(new EvidenceUploadSizeFilter());
        registration.addUrlPatterns("/evidence/*");
        registration.setOrder(BEFORE_SECURITY);
        return registration;
    }
}
