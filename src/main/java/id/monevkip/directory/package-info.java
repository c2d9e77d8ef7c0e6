/**
 * Who takes part: regions, body categories, public bodies in their PPID tree, accounts and the imports
 * that fill them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package id.monevkip.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
