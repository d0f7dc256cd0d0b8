package org.rhetoriclake.core.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rhetoriclake.core.model.Paragraph;

/**
 * The keys of an article. The article id must be the same every time the same article is processed (from a
 * dump today, from a WARC capture later) so that reprocessing MERGEs in place; hence a canonical URL rather than
 * the URL as written, and the content hash only as a fallback.
 */
public final class ArticleIds {
    /** Hex characters of the SHA-256 kept in an article id: 64 bits, ample for one corpus and short in SQL. */
    public static final int ID_HEX_CHARS = 16;

    /** Query parameters that only say how the reader arrived, not what was read (besides every {@code utm_*}). */
    private static final Set<String> TRACKING_PARAMS = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid",
            "mc_cid", "mc_eid");

    private ArticleIds() {
    }

    /**
     * The URL in the form used for keys: scheme and host lower-cased, default port and fragment dropped, an empty
     * path written as {@code /}, tracking parameters ({@code utm_*} and click ids) removed. The path and the other
     * parameters are kept byte for byte: servers may treat case and order in them as significant.
     *
     * @return empty when {@code url} is not an absolute http(s) URL with a host
     */
    public static Optional<String> canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.isOpaque()) {
            return Optional.empty();
        }
        // A host java.net.URI cannot parse (an underscore, say) leaves only the raw authority: use that.
        String host = uri.getHost() != null ? uri.getHost() : uri.getRawAuthority();
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(url.length()).append(scheme).append("://");
        if (uri.getHost() != null) {
            if (uri.getRawUserInfo() != null) {
                sb.append(uri.getRawUserInfo()).append('@');
            }
            sb.append(host.toLowerCase(Locale.ROOT));
            int port = uri.getPort();
            boolean defaultPort = port == 80 && "http".equals(scheme) || port == 443 && "https".equals(scheme);
            if (port >= 0 && !defaultPort) {
                sb.append(':').append(port);
            }
        } else {
            sb.append(host.toLowerCase(Locale.ROOT));
        }
        String path = uri.getRawPath();
        sb.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTracking(uri.getRawQuery());
        if (query != null) {
            sb.append('?').append(query);
        }
        return Optional.of(sb.toString());
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING_PARAMS.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }

    /**
     * SHA-256 (hex) of the title and the paragraph texts joined by {@code \n}, i.e. of
     * {@code title + "\n" + article.body()}: consumers can recompute it in SQL as
     * {@code sha2(concat(title, '\n', body), 256)}. Extracted text never holds a newline (whitespace is folded),
     * so the joining is unambiguous. Kinds are left out on purpose: the hash follows the text.
     */
    public static String contentHash(String title, List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder(title);
        for (Paragraph p : paragraphs) {
            sb.append('\n').append(p.text());
        }
        return sha256Hex(sb.toString());
    }

    /**
     * The article key: the first {@value #ID_HEX_CHARS} hex characters of SHA-256 of the canonical URL, or of the
     * content hash when there is no URL (a saved page without one), so identical text still maps to one key.
     *
     * @param canonicalUrl a value from {@link #canonicalUrl}, or null
     * @param contentHash  a value from {@link #contentHash}
     */
    public static String articleId(String canonicalUrl, String contentHash) {
        String hex = canonicalUrl != null ? sha256Hex(canonicalUrl) : contentHash;
        if (hex == null || hex.length() < ID_HEX_CHARS) {
            throw new IllegalArgumentException("need a canonical URL or a SHA-256 hex content hash");
        }
        return hex.substring(0, ID_HEX_CHARS);
    }

    /** SHA-256 of the UTF-8 bytes of {@code s}, lower-case hex. */
    public static String sha256Hex(String s) {
        return sha256Hex(s.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of {@code bytes}, lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
