package vn.ictindex.reporting.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ictindex.web.UploadSizeFilter;

/** Web plumbing of reporting: an upload over the server's limit leads back to the import form. */
@Configuration
class ReportingWebConfiguration {

    @Bean
    FilterRegistrationBean<UploadSizeFilter> reportingUploadSizeFilter() {
        FilterRegistrationBean<UploadSizeFilter> registration =
                new FilterRegistrationBean<>(new UploadSizeFilter(InputImportController.PAGE));
        registration.addUrlPatterns(InputImportController.PAGE);
        registration.setOrder(UploadSizeFilter.BEFORE_SECURITY);
        return registration;
    }
}
