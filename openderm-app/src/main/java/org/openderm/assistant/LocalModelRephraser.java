package org.openderm.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rewords passages with a local OpenAI-compatible server (llama.cpp {@code llama-server}, Ollama)
 * through {@code POST /v1/chat/completions}.
 *
 * <p>Loopback addresses only: questions stay on the machine (DESIGN: no network at run time).
 * Always used through {@link Rephraser#guarded()}, so a model that invents, drops a citation or
 * doses is ignored and the retrieved text is shown instead.
 */
final class LocalModelRephraser implements Rephraser {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<Language, String> INSTRUCTIONS =
      Map.of(
          Language.FR,
          "Reformule le texte suivant en français simple pour un patient. N'ajoute aucune "
              + "information, aucun conseil, aucune dose. Garde chaque marque [n] après la phrase "
              + "qu'elle source. Réponds seulement par le texte reformulé.",
          Language.EN,
          "Rephrase the following text in plain English for a patient. Add no information, no "
              + "advice and no dose. Keep every [n] mark after the sentence it sources. Reply "
              + "with the rephrased text only.");

  private final HttpClient client;
  private final URI endpoint;
  private final String model;
  private final Duration timeout;

  LocalModelRephraser(URI baseUrl, String model, Duration timeout) {
    requireLoopback(baseUrl);
    this.endpoint = baseUrl.resolve("/v1/chat/completions");
    this.model = model;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  static void requireLoopback(URI url) {
    try {
      if (url.getHost() == null || !InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
        throw new IllegalArgumentException("generation server must be on loopback: " + url);
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown generation host: " + url, e);
    }
  }

  @Override
  public String rephrase(String passages, Language language) {
    Map<String, Object> body =
        Map.of(
            "model",
            model,
            "temperature",
            0,
            "messages",
            List.of(
                Map.of("role", "system", "content", INSTRUCTIONS.get(language)),
                Map.of("role", "user", "content", passages)));
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("generation server answered " + response.statusCode());
      }
      JsonNode reply = JSON.readTree(response.body());
      return reply.path("choices").path(0).path("message").path("content").asString("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
