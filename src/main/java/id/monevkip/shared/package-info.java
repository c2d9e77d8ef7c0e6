/**
 * Cross-cutting infrastructure every module uses: security, the current user and roles, web advice,
 * error pages and layout, the WITA clock, language and the embedded database default.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package id.monevkip.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
