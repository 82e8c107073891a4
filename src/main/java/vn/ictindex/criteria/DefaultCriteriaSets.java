package vn.ictindex.criteria;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Loads the criteria sets shipped with the application (the reconstruction of the 2019 Bình Thuận set) into the
 * database when they are not there yet, so that a fresh installation has something to evaluate against. A shipped
 * file with a problem stops the start: it is a defect of the release, not something to skip silently.
 */
@Component
@Order(0)
class DefaultCriteriaSets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultCriteriaSets.class);

    private final CriteriaVersions versions;
    private final ResourcePatternResolver resources;
    private final String pattern;

    DefaultCriteriaSets(CriteriaVersions versions, ResourcePatternResolver resources,
                        @Value("${ictindex.criteria.default-sets}") String pattern) {
        this.versions = versions;
        this.resources = resources;
        this.pattern = pattern;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files;
        try {
            files = resources.getResources(pattern);
        } catch (FileNotFoundException e) {
            log.warn("No default criteria sets at {}", pattern);
            return;
        }
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            CriteriaVersion version = CriteriaFormat.read(file.getFilename(),
                    file.getContentAsString(StandardCharsets.UTF_8));
            if (!versions.exists(version.code(), version.version())) {
                versions.store(version, file.getFilename());
                log.info("Loaded criteria set {} from {}", version.id(), file.getFilename());
            }
        }
    }
}
