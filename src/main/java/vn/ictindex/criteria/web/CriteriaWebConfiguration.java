package vn.ictindex.criteria.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ictindex.web.UploadSizeFilter;

/** Web plumbing of the criteria screens. */
@Configuration
class CriteriaWebConfiguration {

    /** A criteria file over the server's upload limit leads back to the import form with an explanation. */
    @Bean
    FilterRegistrationBean<UploadSizeFilter> criteriaUploadSizeFilter() {
        FilterRegistrationBean<UploadSizeFilter> registration =
                new FilterRegistrationBean<>(new UploadSizeFilter("/criteria/import"));
        registration.addUrlPatterns("/criteria/import");
        registration.setOrder(UploadSizeFilter.BEFORE_SECURITY);
        return registration;
    }
}
