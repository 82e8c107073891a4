package vn.ictindex.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Fills an empty unit register from the bundled file (the demo province's units). */
@Component
@Order(10)
public class UnitRegisterSeed {

    private static final Logger log = LoggerFactory.getLogger(UnitRegisterSeed.class);

    private final Units units;
    private final Resource file;

    UnitRegisterSeed(Units units, @Value("${ictindex.organisation.seed:classpath:organisation/units-binhthuan.yaml}")
    Resource file) {
        this.units = units;
        this.file = file;
    }

    /** Loads the bundled units when the register is empty; returns how many were added. */
    @SuppressWarnings("unchecked")
    public int seedIfEmpty() throws IOException {
        if (!units.isEmpty() || !file.exists()) {
            return 0;
        }
        Map<String, Object> root;
        try (InputStream in = file.getInputStream()) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        List<Map<String, Object>> list = (List<Map<String, Object>>) root.get("units");
        for (Map<String, Object> u : list) {
            units.create(new Units.UnitDetails((String) u.get("code"), (String) u.get("name"),
                    (String) u.get("short"), UnitKind.valueOf((String) u.get("kind")), null,
                    (String) u.get("appendix"), LocalDate.of(2017, 1, 1), null, (String) u.get("note")));
        }
        log.info("Seeded {} units from {}", list.size(), file.getFilename());
        return list.size();
    }
}
