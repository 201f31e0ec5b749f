package org.openderm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A logged-in browser session without a browser: form login, cookies, the page's CSRF token. */
public final class WebSession {

  private static final Pattern FORM_TOKEN =
      Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern META_TOKEN =
      Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final String base;

  /** Logs {@code username} in (password {@link Fixtures#PASSWORD}). */
  public WebSession(int port, String username) {
    this.base = "http://localhost:" + port;
    Matcher csrf = FORM_TOKEN.matcher(get("/login").body());
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on the login page");
    }
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + csrf.group(1);
    send(
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** GET a page. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)));
  }

  /** POST a body with the CSRF token of {@code page} in the header, as the pages' scripts do. */
  public HttpResponse<String> post(String path, String page, String contentType, byte[] body) {
    Matcher token = META_TOKEN.matcher(get(page).body());
    if (!token.find()) {
      throw new IllegalStateException("no CSRF meta tag on " + page);
    }
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .header("X-CSRF-TOKEN", token.group(1))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** POSTs {@code body} as a browser's form would (an HTML page expected back), e.g. an upload. */
  public HttpResponse<String> postForPage(
      String path, String page, String contentType, byte[] body) {
    Matcher token = META_TOKEN.matcher(get(page).body());
    if (!token.find()) {
      throw new IllegalStateException("no CSRF meta tag on " + page);
    }
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .header("Accept", "text/html")
            .header("X-CSRF-TOKEN", token.group(1))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /**
   * Submits a form as the browser does (url-encoded, the CSRF token of {@code page}) and follows
   * the redirect, if any, to the page shown next.
   */
  public HttpResponse<String> submit(
      String path, String page, java.util.Map<String, String> fields) {
    Matcher token = META_TOKEN.matcher(get(page).body());
    if (!token.find()) {
      throw new IllegalStateException("no CSRF meta tag on " + page);
    }
    StringBuilder form = new StringBuilder("_csrf=" + token.group(1));
    fields.forEach(
        (k, v) ->
            form.append('&')
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
