/**
 * Evidence (bukti dukung) of a public body: its library of files (content-addressed storage, sniffed type)
 * and links (checked URLs), reusable on many answers and carried over to the next cycle.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "directory" })
package id.monevkip.evidence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
