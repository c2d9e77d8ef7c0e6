/**
 * Assessment of the participants of a cycle: who verifies and who judges which body, and the conflicts of interest
 * that keep a person away from a body. The base package is the API later assessment steps and other modules call.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "directory", "cycle" })
package id.monevkip.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
