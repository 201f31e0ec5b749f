package org.openderm.system;

import java.util.Set;
import org.openderm.security.Role;

/**
 * A feature's entry in the top navigation and on the home page; declare one as a Spring bean.
 *
 * @param path the page, e.g. {@code /learning}
 * @param labelKey message key of its name
 * @param descriptionKey message key of a one-line description on the home page, or null
 * @param roles who sees it
 * @param order position; lower comes first
 */
public record NavLink(
    String path, String labelKey, String descriptionKey, Set<Role> roles, int order) {}
