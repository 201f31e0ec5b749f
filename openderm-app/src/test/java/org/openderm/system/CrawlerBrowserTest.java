package org.openderm.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openderm.support.Browser;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.test.context.TestPropertySource;

/**
 * Each demo account, on a 390 px phone, in French then English, follows every same-origin link and
 * GET form reachable from its home page (bounded), and every page must be free of: an HTTP error or
 * the error page, a raw message key, a raw enum code, text of the other language, horizontal
 * scrolling, and browser console errors. The figures go to {@code target/crawler.txt}.
 */
@Tag("browser")
@TestPropertySource(properties = "openderm.demo=true")
class CrawlerBrowserTest extends org.openderm.support.IntegrationTest {

  private static final String PASSWORD = "openderm-demo";
  private static final List<String> ROLES = List.of("admin", "dermato", "gp", "patient", "learner");
  private static final int MAX_PAGES = 40;
  private static final boolean SCREENSHOTS = Boolean.getBoolean("crawler.screenshots");
  private final List<String> visited = new ArrayList<>();
  private static final int PER_KIND = 2;

  /** Ids, numbers and slugs (a learning case's name): pages of one kind differ by these only. */
  private static final Pattern IDS =
      Pattern.compile(
          "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\b\\d+\\b"
              + "|(?<=/)[a-z0-9]+(-[a-z0-9]+)+(?=/|\\?|$)|(?<=/calculators/)[a-z0-9-]+");

  private static final Pattern SKIP =
      Pattern.compile(
          "^/(logout|api/|webjars/|css/|js/|learning/images/|favicon)"
              + "|/(image|thumbnail|fhir-bundle)(\\?|$)|\\.(png|jpe?g|pdf|csv|ics|json|ico)(\\?|$)"
              + "|[?&]lang=");

  /** Collects what the checks need in one round trip (text nodes, links, GET forms, layout). */
  private static final String SCAN =
      """
      const nav = performance.getEntriesByType('navigation')[0];
      const texts = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const p = n.parentElement;
        if (!p || p.closest('script,style,noscript,code,.brand,[data-no-i18n]')) continue;
        const lang = p.closest('[lang]');
        if (lang && lang !== document.documentElement) continue;
        if (n.nodeValue.trim()) texts.push(n.nodeValue);
      }
      document.querySelectorAll('[placeholder],[title],[aria-label],img[alt]').forEach(e => {
        ['placeholder', 'title', 'aria-label', 'alt'].forEach(a => {
          if (e.getAttribute(a)) texts.push(e.getAttribute(a));
        });
      });
      const links = Array.from(document.querySelectorAll('a[href]')).map(a => a.href);
      document.querySelectorAll('form').forEach(f => {
        if ((f.getAttribute('method') || 'get').toLowerCase() !== 'get') return;
        // An input named "action" hides form.action: read the attribute.
        const url = new URL(f.getAttribute('action') || location.href, location.href);
        new FormData(f).forEach((v, k) => url.searchParams.append(k, v));
        links.push(url.href);
      });
      const width = document.documentElement.clientWidth;
      const wide = Array.from(document.querySelectorAll('body *'))
        .filter(e => e.getBoundingClientRect().right > width + 0.5 && !e.closest('.table-wrap'))
        .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > width + 0.5))
        .slice(0, 3)
        .map(e => (e.closest('table,section') ? (e.closest('table,section').className || e.closest('table,section').id) + ' > ' : '') + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
             + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().replace(/\s+/g, '.') : ''));
      return {
        wide: wide,
        status: nav ? nav.responseStatus : 0,
        errorPage: document.getElementById('error-page') !== null,
        // clientWidth is the 390 px layout viewport (a phone zooms out, widening innerWidth).
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        lang: document.documentElement.lang,
        texts: texts,
        links: links
      };
      """;

  @Test
  void everyRole_crawlsItsPagesWithoutAnError_inFrenchAndEnglish_onAPhone() throws IOException {
    PageChecks checks = PageChecks.load();
    List<String> failures = new ArrayList<>();
    Map<String, Integer> figures = new LinkedHashMap<>();
    for (String role : ROLES) {
      WebDriver driver = Browser.phone();
      try {
        Browser.login(driver, port, role, PASSWORD);
        for (String lang : List.of("fr", "en")) {
          driver.get(base() + "/?lang=" + lang);
          int pages = crawl(driver, role, lang, checks, failures);
          figures.put(role + " " + lang, pages);
        }
      } finally {
        driver.quit();
      }
    }
    StringBuilder report = new StringBuilder("pages crawled per role and language (390 px)\n");
    figures.forEach((k, v) -> report.append(k).append(": ").append(v).append('\n'));
    report.append("failures: ").append(failures.size()).append('\n');
    failures.forEach(f -> report.append("  ").append(f).append('\n'));
    report.append("pages:\n");
    visited.forEach(v -> report.append("  ").append(v).append('\n'));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "crawler.txt"), report);
    System.out.println(report);
    assertThat(figures.values()).allMatch(n -> n >= 3);
    assertThat(failures).isEmpty();
  }

  private int crawl(
      WebDriver driver, String role, String lang, PageChecks checks, List<String> failures) {
    Deque<String> queue = new ArrayDeque<>(List.of("/"));
    Set<String> seen = new HashSet<>();
    Map<String, Integer> perKind = new HashMap<>();
    int pages = 0;
    while (!queue.isEmpty() && pages < MAX_PAGES) {
      String path = queue.poll();
      String kind = kind(path);
      if (!seen.add(path) || perKind.merge(kind, 1, Integer::sum) > PER_KIND) {
        continue;
      }
      driver.get(base() + path);
      pages++;
      String where = role + " " + lang + " " + path + ": ";
      @SuppressWarnings("unchecked")
      Map<String, Object> page =
          (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(SCAN);
      long status = ((Number) page.get("status")).longValue();
      if (status >= 400 || Boolean.TRUE.equals(page.get("errorPage"))) {
        failures.add(where + "HTTP " + status + " / error page");
      }
      if (!lang.equals(page.get("lang"))) {
        failures.add(where + "page language " + page.get("lang"));
      }
      long overflow = ((Number) page.get("overflow")).longValue();
      if (overflow > 0) {
        failures.add(where + "scrolls sideways by " + overflow + " px: " + page.get("wide"));
      }
      Set<String> problems = new HashSet<>();
      for (Object text : (List<?>) page.get("texts")) {
        problems.addAll(checks.problems(text.toString(), lang));
      }
      problems.forEach(p -> failures.add(where + p));
      for (LogEntry e : driver.manage().logs().get("browser")) {
        if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
          failures.add(where + "console: " + e.getMessage());
        }
      }
      visited.add(role + " " + lang + " " + path);
      if (SCREENSHOTS && perKind.get(kind) == 1) {
        Browser.screenshot(
            driver, "crawl-" + role + "-" + lang + "-" + kind.replaceAll("\\W+", "_"));
      }
      for (Object link : (List<?>) page.get("links")) {
        String next = sameOrigin(link.toString());
        if (next != null && !seen.contains(next) && !SKIP.matcher(next).find()) {
          queue.add(next);
        }
      }
    }
    return pages;
  }

  /**
   * What makes two addresses the same page for the crawl: the path with ids left out and the names
   * (not the values) of the query parameters.
   */
  private static String kind(String path) {
    int q = path.indexOf('?');
    String kind = IDS.matcher(q < 0 ? path : path.substring(0, q)).replaceAll("{id}");
    if (q >= 0) {
      kind +=
          "?"
              + new java.util.TreeSet<>(
                  List.of(path.substring(q + 1).replaceAll("=[^&]*", "").split("&")));
    }
    return kind;
  }

  /** The path and query of a same-origin address (fragment dropped), or null. */
  private String sameOrigin(String href) {
    URI uri = URI.create(href.replace(" ", "%20"));
    if (!"127.0.0.1".equals(uri.getHost()) || uri.getPort() != port) {
      return null;
    }
    String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }
}
