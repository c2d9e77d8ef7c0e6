/**
 * The tokoh award (Anugerah Tokoh Keterbukaan Informasi): nominations of persons, the special team's independent
 * rubric scores with declared conflicts, the aggregated ranking and the commissioners' selection with reasons.
 */
@NullMarked
package id.monevkip.ranking.tokoh;

import org.jspecify.annotations.NullMarked;
