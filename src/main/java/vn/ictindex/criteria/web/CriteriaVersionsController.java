package vn.ictindex.criteria.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ictindex.criteria.CriteriaVersions;

/** The list of criteria versions known to the application, with their appendices. */
@Controller
class CriteriaVersionsController {

    private final CriteriaVersions versions;

    CriteriaVersionsController(CriteriaVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/criteria")
    String list(Model model) {
        model.addAttribute("versions", versions.list());
        return "criteria/versions";
    }
}
