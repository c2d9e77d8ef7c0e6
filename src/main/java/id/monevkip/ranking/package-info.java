/**
 * Rankings, awards and published results. So far: the import of final results of years run elsewhere, so that a
 * body's trend over the years is complete.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "directory", "cycle", "questionnaire", "questionnaire::scoring", "submission", "assessment",
		"notification" })
package id.monevkip.ranking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
