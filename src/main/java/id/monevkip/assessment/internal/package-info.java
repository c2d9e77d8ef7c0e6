/** Assignments, assessor profiles, declared conflicts and the rules that tie them together. */
@NullMarked
package id.monevkip.assessment.internal;

import org.jspecify.annotations.NullMarked;
