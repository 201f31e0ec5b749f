package org.openderm.assistant;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Assistant settings ({@code openderm.assistant.*}).
 *
 * @param generation the optional local rewording model, off by default
 */
@ConfigurationProperties("openderm.assistant")
record AssistantProperties(@DefaultValue Generation generation) {

  /**
   * A local OpenAI-compatible server used only to reword retrieved passages.
   *
   * @param enabled whether to use it (default false)
   * @param baseUrl its address; must be loopback (default http://127.0.0.1:8081)
   * @param model the model name the server expects
   * @param timeout how long to wait before showing the passages as retrieved
   */
  record Generation(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("http://127.0.0.1:8081") URI baseUrl,
      @DefaultValue("local") String model,
      @DefaultValue("5s") Duration timeout) {}
}
