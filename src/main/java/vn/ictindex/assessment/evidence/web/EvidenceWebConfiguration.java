package vn.ictindex.assessment.evidence.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ictindex.web.UploadSizeFilter;

/** Web plumbing of the evidence library. */
@Configuration
class EvidenceWebConfiguration {

    @Bean
    FilterRegistrationBean<UploadSizeFilter> evidenceUploadSizeFilter() {
        FilterRegistrationBean<UploadSizeFilter> registration =
                new FilterRegistrationBean<>(new UploadSizeFilter("/evidence"));
        registration.addUrlPatterns("/evidence/*");
        registration.setOrder(UploadSizeFilter.BEFORE_SECURITY);
        return registration;
    }
}
