/**
 * Where the public bodies stand in the current cycle: the progress board of coordinators (their subtree) and of the
 * commission (every participant), with a read-only view of one body's answers.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "directory", "cycle", "submission", "notification" })
package id.monevkip.progress;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
