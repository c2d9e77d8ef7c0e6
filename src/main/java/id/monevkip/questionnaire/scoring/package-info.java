/**
 * The scoring engine: pure Java, no Spring. Scores answers against an instrument (self-claimed and
 * verified), combines stage scores by a cycle's policy, assigns the band and ranks with the tie rule.
 * Nothing else in the application computes scores. Exposed to other modules as the named interface
 * "scoring".
 */
@NullMarked
@NamedInterface("scoring")
package id.monevkip.questionnaire.scoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
