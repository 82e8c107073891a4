package vn.ictindex.organisation.web;

import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page says, as a browser shows it (form values may come with character entities such as {@code &aacute;}). */
final class PageText {

    private PageText() {
    }

    static ResultMatcher shows(String text) {
        return result -> assertThat(text(result.getResponse().getContentAsString())).contains(text);
    }

    static ResultMatcher doesNotShow(String text) {
        return result -> assertThat(text(result.getResponse().getContentAsString())).doesNotContain(text);
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html);
    }
}
