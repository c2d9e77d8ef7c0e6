/**
 * Socialisation of a cycle: announcements, guide documents, FAQ entries and helpdesk contacts that the commission
 * publishes to every participant and coordinators publish to the bodies of their subtree.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "directory", "cycle" })
package id.monevkip.guidance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
