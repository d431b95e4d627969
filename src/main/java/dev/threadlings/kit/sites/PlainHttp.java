package dev.threadlings.kit.sites;

import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * Clients for the lesson's sites, which speak plain HTTP on the loopback address.
 *
 * <p>Every {@link HttpClient} holds a TLS context, even one that never opens an {@code https} connection, and the
 * JDK's default context reads and parses its whole certificate store first: about 0.15 s of CPU in every JVM that
 * makes a client, and each worker JVM of a multiprocess strategy makes one. The context given here holds no
 * certificate and no key, so it costs nothing to make, and an {@code https} site fails its handshake.
 */
public final class PlainHttp {

    private PlainHttp() {
    }

    /**
     * A client builder for HTTP/1.1 with a TLS context that trusts no certificate.
     *
     * @return a new builder
     */
    public static HttpClient.Builder newBuilder() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(Holder.NO_CERTIFICATES);
    }

    /** Made once per JVM, when a client is first built. */
    private static final class Holder {

        static final SSLContext NO_CERTIFICATES = noCertificates();

        private static SSLContext noCertificates() {
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(new KeyManager[0], new TrustManager[0], null);
                return context;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("no TLS context in this JDK", e);
            }
        }
    }
}
