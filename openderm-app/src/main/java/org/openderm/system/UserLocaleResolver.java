package org.openderm.system;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.openderm.security.AccountService;
import org.openderm.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The UI language: the signed-in user's saved choice, else the {@code openderm-lang} cookie, else
 * French. Choosing a language saves it for the user (and in the cookie for the login page).
 */
@Component
class UserLocaleResolver implements LocaleResolver {

  static final Set<String> SUPPORTED = Set.of("fr", "en");
  private static final String COOKIE = "openderm-lang";
  private final AccountService accounts;

  UserLocaleResolver(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    Object chosen = request.getAttribute(COOKIE);
    if (chosen instanceof Locale l) {
      return l;
    }
    String user = CurrentUser.username();
    if (!"system".equals(user) && !"anonymousUser".equals(user)) {
      var account = accounts.find(user);
      if (account.isPresent()) {
        return Locale.forLanguageTag(account.get().locale());
      }
    }
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName()) && SUPPORTED.contains(c.getValue())) {
          return Locale.forLanguageTag(c.getValue());
        }
      }
    }
    return I18nConfiguration.DEFAULT;
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    if (locale == null || !SUPPORTED.contains(locale.getLanguage())) {
      return;
    }
    Locale chosen = Locale.forLanguageTag(locale.getLanguage());
    request.setAttribute(COOKIE, chosen);
    Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setMaxAge(365 * 24 * 3600);
    response.addCookie(cookie);
    String user = CurrentUser.username();
    if (!"system".equals(user) && !"anonymousUser".equals(user)) {
      accounts.setLocale(user, chosen.getLanguage());
    }
  }
}
