package dev.threadlings.kit.sites;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers each request with the response of the page served at its path, looked up in a map, unless the
 * site's {@link Gate} says no first.
 *
 * <p>The server has a single catch-all stub (a {@code 404}) and this transformer replaces its
 * response when a page is served at the request's path. WireMock matches a request against every
 * stub, so one stub per page would make each request cost time in proportion to the number of
 * pages; one stub and a map lookup cost the same for 10 pages or 10,000, and serving or removing a
 * page is a map update.
 *
 * <p>It runs on the thread that dispatches the request, so it tells the {@link JournalRecorder} what the gate
 * decided: a refusal is recorded with its reason, and an admitted request leaves the gate's count of requests
 * in flight when its response begins.
 */
final class PageTransformer implements ResponseDefinitionTransformerV2 {

    private final Map<String, ResponseDefinition> pages;
    private final Supplier<Gate> gate;
    private final JournalRecorder recorder;

    PageTransformer(Map<String, ResponseDefinition> pages, Supplier<Gate> gate, JournalRecorder recorder) {
        this.pages = pages;
        this.gate = gate;
        this.recorder = recorder;
    }

    @Override
    public String getName() {
        return "threadlings-site-pages";
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Gate current = gate.get();
        Gate.Decision decision = current.admit(recorder.arrivalOfCurrent());
        if (!decision.admitted()) {
            recorder.refused(decision.refusal());
            return refusal(decision);
        }
        recorder.whenAnswered(current::done);
        String url = serveEvent.getRequest().getUrl();
        int query = url.indexOf('?');
        ResponseDefinition page = pages.get(query < 0 ? url : url.substring(0, query));
        // WireMock copies the definition it gets back, so the shared one is never changed.
        return page != null ? page : serveEvent.getResponseDefinition();
    }

    private static ResponseDefinition refusal(Gate.Decision decision) {
        Refusal refusal = decision.refusal();
        ResponseDefinitionBuilder response = aResponse().withStatus(refusal.status())
                .withHeader("Content-Type", "text/plain; charset=UTF-8")
                .withBody(refusal.status() + ": " + refusal.meaning()
                        + (decision.retryAfter() == null ? "" : "; retry after " + decision.retryAfter()) + "\n");
        if (decision.retryAfter() != null) {
            response.withHeader("Retry-After", decision.retryAfter());
        }
        return response.build();
    }
}
