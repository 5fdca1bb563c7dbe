package se.inkopsstod.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logged-in HTTP client, the way a browser is: it goes through the real authorization-code
 * login at the development identity provider and then holds the app's session cookie, sending
 * the CSRF token on writes. No mocked security anywhere.
 */
public final class ApiSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final CookieManager cookies;
    private final String baseUrl;
    /** A bearer token sent with every request instead of a session, or null. */
    private final String bearer;
    private String language = "en";

    private ApiSession(HttpClient client, CookieManager cookies, String baseUrl) {
        this(client, cookies, baseUrl, null);
    }

    private ApiSession(HttpClient client, CookieManager cookies, String baseUrl, String bearer) {
        this.client = client;
        this.cookies = cookies;
        this.baseUrl = baseUrl;
        this.bearer = bearer;
    }

    /** A scripted client: no session, {@code Authorization: Bearer <token>} on every request, no CSRF token. */
    public static ApiSession bearer(String token) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_NONE);
        return new ApiSession(client(cookies), cookies, DevStackInitializer.appBaseUrl(), token);
    }

    /** A client that has not logged in. */
    public static ApiSession anonymous() {
        return anonymous(DevStackInitializer.appBaseUrl());
    }

    /** A client of the app instance at {@code baseUrl} that has not logged in. */
    public static ApiSession anonymous(String baseUrl) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        return new ApiSession(client(cookies), cookies, baseUrl);
    }

    private static HttpClient client(CookieManager cookies) {
        // HTTP/1.1 like the browsers' login flow; no h2c upgrade dance with request bodies
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Logs a demo user in through the identity provider's login form (password "demo"). */
    public static ApiSession login(String username) {
        return login(username, DevStackInitializer.appBaseUrl());
    }

    /** Logs in at the app instance (or load balancer) at {@code baseUrl}; the session, in PostgreSQL, is every instance's. */
    public static ApiSession login(String username, String baseUrl) {
        ApiSession session = anonymous(baseUrl);
        HttpResponse<String> loginPage = session.send(HttpRequest.newBuilder(
                URI.create(session.baseUrl + "/oauth2/authorization/inkopsstod")).header("Accept", "text/html").GET());
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No login form at " + loginPage.uri());
        }
        String form = "username=" + encode(username) + "&password=demo&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> landing = session.send(HttpRequest.newBuilder(loginPage.uri().resolve("/login"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (!landing.uri().toString().startsWith(session.baseUrl)) {
            throw new IllegalStateException("Login of " + username + " did not lead back to the app: " + landing.uri());
        }
        // The API calls get a client of their own. The JDK 17 client does not cancel the time limit
        // of a request that followed redirects (the login): 30 s later it closes the connection
        // that request used, which by then carries another request. A packet capture showed it
        // as a request lost without an answer 30 s after each login (docs/performance.md).
        return new ApiSession(client(session.cookies), session.cookies, session.baseUrl);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json").GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return write("POST", path, json, "application/json");
    }

    public HttpResponse<String> put(String path, String json) {
        return write("PUT", path, json, "application/json");
    }

    public HttpResponse<String> write(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        String xsrf = bearer == null ? xsrfToken() : null;
        if (xsrf != null) {
            request.header("X-XSRF-TOKEN", xsrf);
        }
        return send(request);
    }

    /** A GET of a file (a spreadsheet): the body as bytes. */
    public HttpResponse<byte[]> download(String path) {
        return download(path, "*/*");
    }

    /** A file as a browser downloads it, asking for the given type: the bytes as they came. */
    public HttpResponse<byte[]> download(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of a file as the body itself (not a form), with the CSRF token a browser's upload sends. */
    public HttpResponse<String> upload(String path, byte[] body, String contentType) {
        return upload(path, HttpRequest.BodyPublishers.ofByteArray(body), contentType);
    }

    /**
     * A POST of a file as the body itself, with further headers as name/value pairs. A body
     * publisher of unknown length ({@code ofInputStream}) goes out chunked, without Content-Length.
     */
    public HttpResponse<String> upload(String path, HttpRequest.BodyPublisher body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .POST(body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        String xsrf = bearer == null ? xsrfToken() : null;
        if (xsrf != null) {
            request.header("X-XSRF-TOKEN", xsrf);
        }
        return send(request);
    }

    /** A write as a forged cross-site form would send it: the session cookie, but no CSRF header. */
    public HttpResponse<String> writeWithoutCsrf(String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The browser's cookies, the provider's session among them. */
    public CookieManager cookies() {
        return cookies;
    }

    /**
     * Logs out as the browser's log-out form does: {@code POST /logout} with the CSRF token, then
     * the redirects to the provider's end-session endpoint and back to the app.
     *
     * @return the last answer of the way
     */
    public HttpResponse<String> logOut() {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/logout"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(xsrfToken()))));
    }

    /** The session cookie as a {@code Cookie} header value, for tests that speak HTTP by hand. */
    public String sessionCookie() {
        return "SESSION=" + cookie("SESSION");
    }

    /** The CSRF cookie the app set; a first GET makes sure there is one. */
    private String xsrfToken() {
        String token = cookie("XSRF-TOKEN");
        if (token == null) {
            get("/api/me");
            token = cookie("XSRF-TOKEN");
        }
        return token;
    }

    private String cookie(String name) {
        return cookies.getCookieStore().get(URI.create(baseUrl)).stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /**
     * Opens a Server-Sent Events stream whose lines go to the subscriber as they arrive, on the
     * client's threads: a thousand of them need no thread each (the benchmark's live streams).
     */
    public CompletableFuture<HttpResponse<Void>> streamLines(String path, Flow.Subscriber<String> lines) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/event-stream").GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(lines));
    }

    /** Opens a Server-Sent Events stream, optionally resuming after {@code lastEventId}. */
    public SseStream stream(String path, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new SseStream(client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()));
    }

    public JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public static JsonNode parse(String body) {
        return JSON.readTree(body);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The language problem details come back in: English unless a test asks for another (the server's own
     * default, without the header, is Swedish); null sends no Accept-Language at all.
     */
    public ApiSession speaking(String language) {
        this.language = language;
        return this;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            // a hung request fails its test instead of the whole build
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            if (language != null) {
                request.header("Accept-Language", language);
            }
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
