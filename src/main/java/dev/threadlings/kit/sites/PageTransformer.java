package dev.threadlings.kit.sites;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;

/**
 * Answers each request with the response of the page served at its path, looked up in a map.
 *
 * <p>The server has a single catch-all stub (a {@code 404}) and this transformer replaces its
 * response when a page is served at the request's path. WireMock matches a request against every
 * stub, so one stub per page would make each request cost time in proportion to the number of
 * pages; one stub and a map lookup cost the same for 10 pages or 10,000, and serving or removing a
 * page is a map update.
 */
final class PageTransformer implements ResponseDefinitionTransformerV2 {

    private final Map<String, ResponseDefinition> pages;

    PageTransformer(Map<String, ResponseDefinition> pages) {
        this.pages = pages;
    }

    @Override
    public String getName() {
        return "threadlings-site-pages";
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String url = serveEvent.getRequest().getUrl();
        int query = url.indexOf('?');
        ResponseDefinition page = pages.get(query < 0 ? url : url.substring(0, query));
        // WireMock copies the definition it gets back, so the shared one is never changed.
        return page != null ? page : serveEvent.getResponseDefinition();
    }
}
