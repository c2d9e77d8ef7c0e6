/**
 * Rankings, awards and published results: award categories and winners, the tokoh award, certificates and report
 * cards, publishing the results, the public pages and open data, and results of earlier years imported for trends.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "directory", "cycle", "questionnaire", "questionnaire::scoring", "submission", "assessment",
		"notification" })
package id.monevkip.ranking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
