package org.openderm.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openderm.security.Specialty;
import org.openderm.support.Fixtures;
import org.openderm.support.IntegrationTest;

/**
 * The assistant behind the real security: the API with HTTP Basic, the chat page with a session.
 */
class AssistantIntegrationTest extends IntegrationTest {

  @Test
  void api_answersSignedInUsersInTheContractShape() {
    var api = api(fixtures.clinician(Specialty.GP));
    var r =
        api.post(
            "/api/v1/assistant/ask",
            Map.of("question", "comment appliquer un émollient ?", "language", "fr"));
    assertThat(r.status()).isEqualTo(200);
    var json = r.json();
    assertThat(json.path("answer").asString()).contains("[1]");
    assertThat(json.path("citations").get(0).path("articleId").asString()).isNotBlank();
    assertThat(json.path("urgency").asString()).isEqualTo("none");
    assertThat(json.path("refused").asBoolean()).isFalse();
    assertThat(json.has("refusalReason")).isTrue();
  }

  @Test
  void api_rejectsBadInputAsProblemJson_andAnonymousCallers() {
    var api = api(fixtures.clinician(Specialty.GP));
    var bad = api.post("/api/v1/assistant/ask", Map.of("question", "x", "language", "de"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("DERM-0001");
    var blank = api.post("/api/v1/assistant/ask", Map.of("question", " ", "language", "en"));
    assertThat(blank.code()).isEqualTo("DERM-0001");
    assertThat(api(null).post("/api/v1/assistant/ask", Map.of("question", "hi")).status())
        .isEqualTo(401);
  }

  @Test
  void chatPage_asksWithHtmx_andShowsUrgencyAndSources() throws Exception {
    String user = fixtures.clinician(Specialty.GP);
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String login = get(browser, "/login?lang=en");
    post(
        browser,
        "/login",
        Map.of(
            "username",
            user,
            "password",
            Fixtures.PASSWORD,
            "_csrf",
            find(login, "name=\"_csrf\" value=\"([^\"]+)\"")),
        Map.of());
    String page = get(browser, "/assistant?lang=en");
    assertThat(page).contains("textarea").contains("OpenDerm assistant");
    String token = find(page, "name=\"_csrf\" content=\"([^\"]+)\"");
    String header = find(page, "name=\"_csrf_header\" content=\"([^\"]+)\"");
    String fragment =
        post(
            browser,
            "/assistant/ask",
            Map.of("question", "my lips are swelling and I can't breathe"),
            Map.of(header, token, "HX-Request", "true"));
    assertThat(fragment)
        .contains("class=\"exchange\"")
        .doesNotContain("<html")
        .contains("What to do now")
        .contains("Sources");
  }

  private String get(HttpClient client, String path) throws IOException, InterruptedException {
    var r =
        client.send(
            HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  private String post(
      HttpClient client, String path, Map<String, String> form, Map<String, String> headers)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    var b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    var r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String find(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    assertThat(m.find()).as(regex).isTrue();
    return m.group(1);
  }
}
