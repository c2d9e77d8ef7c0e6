/**
 * Assessment of the participants of a cycle: who verifies and who judges which body, the conflicts of interest
 * that keep a person away from a body, verification, panels, final results and their decrees. The base
 * package is the API later assessment steps and other modules call.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "directory", "cycle", "questionnaire", "questionnaire::scoring",
		"submission", "notification" })
package id.monevkip.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
