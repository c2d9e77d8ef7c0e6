/**
 * A public body's submission per cycle: its answers to the SAQ (saved one by one, with optimistic locking), the
 * evidence attached to each answer, the sealed snapshot that verification reads, revision rounds and objections.
 * The base package is the API that the assessment and progress modules call.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "directory", "cycle", "questionnaire", "questionnaire::scoring",
		"evidence", "notification", "guidance" })
package id.monevkip.submission;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
