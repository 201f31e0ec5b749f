package org.openderm.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The optional rewording: loopback only, and ignored when it drops a citation or doses. */
class LocalModelRephraserTest {

  private static final String PASSAGES =
      "\n- Apply an emollient every day. [1]\n- Wash gently. [2]";
  private final AtomicReference<String> reply = new AtomicReference<>();
  private final AtomicReference<String> request = new AtomicReference<>();
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/chat/completions",
        exchange -> {
          request.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] body =
              ("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":"
                      + json(reply.get())
                      + "}}]}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private Rephraser rephraser() {
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    return new LocalModelRephraser(url, "test-model", Duration.ofSeconds(5)).guarded();
  }

  @Test
  void keepsTheRewording_whenCitationsSurvive() {
    reply.set("Use a moisturiser daily [1] and wash softly [2].");
    assertThat(rephraser().rephrase(PASSAGES, Language.EN))
        .isEqualTo("\nUse a moisturiser daily [1] and wash softly [2].");
    assertThat(request.get()).contains("test-model").contains("Apply an emollient");
  }

  @Test
  void fallsBack_whenACitationIsDroppedOrADoseAppears() {
    reply.set("Use a moisturiser daily.");
    assertThat(rephraser().rephrase(PASSAGES, Language.EN)).isEqualTo(PASSAGES);
    reply.set("Take 20 mg of cetirizine [1] and wash [2].");
    assertThat(rephraser().rephrase(PASSAGES, Language.EN)).isEqualTo(PASSAGES);
  }

  @Test
  void fallsBack_whenTheServerIsDown() {
    Rephraser r = rephraser();
    server.stop(0);
    assertThat(r.rephrase(PASSAGES, Language.FR)).isEqualTo(PASSAGES);
  }

  @Test
  void refusesServersOffTheMachine() {
    assertThatThrownBy(
            () ->
                new LocalModelRephraser(
                    URI.create("http://10.1.2.3:8081"), "m", Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback");
  }
}
