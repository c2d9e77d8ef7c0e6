/**
 * Award categories of a cycle, the ranking per award category from the decree in force, the winners, the special
 * awards commissioners choose, the printable results and the ceremony mode of the award night.
 */
@NullMarked
package id.monevkip.ranking.awards;

import org.jspecify.annotations.NullMarked;
