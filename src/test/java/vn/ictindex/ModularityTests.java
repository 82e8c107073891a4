package vn.ictindex;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules talk only through each other's root packages and in the allowed directions. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(IctindexApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws java.io.IOException {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        java.nio.file.Path components = java.nio.file.Path.of("target", "spring-modulith-docs", "components.puml");
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(components))
                .contains("\"Scoring\"", "\"Criteria\"", "\"Assessment\"");
    }
}
