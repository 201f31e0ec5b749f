package org.openderm.system.demo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the demo finds the public dermoscopy images it shows (read at seed time, never copied into
 * the repository).
 *
 * @param demoImages the data folder holding {@code ham10000/} (HAM10000, Tschandl et al., Sci Data
 *     2018;5:180161, CC BY-NC-SA 4.0); relative paths are also looked up from the parent folders of
 *     the working directory, so that the default {@code ../shared/data} works from the project root
 *     and from a module folder
 */
@ConfigurationProperties("openderm")
public record DemoProperties(@DefaultValue("../shared/data") String demoImages) {

  /** The folder as a path (a String above: Spring reads a Path as a resource location). */
  Path imagesPath() {
    return Path.of(demoImages);
  }
}
