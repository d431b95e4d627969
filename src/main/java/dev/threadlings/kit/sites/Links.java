package dev.threadlings.kit.sites;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the links of a page the {@link SiteServer} served: its {@code <a href="...">} anchors. */
public final class Links {

    private static final Pattern ANCHOR = Pattern.compile("<a href=\"([^\"]*)\">");

    private Links() {
    }

    /**
     * The links of a body, in order, duplicates kept, as written.
     *
     * @param body the page's body
     * @return the {@code href} of each anchor
     */
    public static List<String> in(String body) {
        List<String> links = new ArrayList<>();
        Matcher matcher = ANCHOR.matcher(body);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    /**
     * The links of a page, in order, duplicates kept, as absolute addresses resolved against the page's own.
     *
     * @param page the page's address
     * @param body the page's body
     * @return the addresses it links to
     */
    public static List<URI> in(URI page, String body) {
        return in(body).stream().map(page::resolve).toList();
    }
}
