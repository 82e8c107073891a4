package vn.ictindex.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page leads to the criteria sets until the evaluation screens exist. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/criteria";
    }
}
