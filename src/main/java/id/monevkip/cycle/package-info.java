/**
 * Monev cycles: the yearly timetable of stages in WITA, participants and their categories, extensions, and
 * the scoring policy every later stage applies.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "directory" })
package id.monevkip.cycle;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
