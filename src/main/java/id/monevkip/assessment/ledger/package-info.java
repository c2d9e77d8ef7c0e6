/**
 * The score ledger: each participant's current score per stage and the audit trail of every score change. The
 * steps that produce scores (verification, panels, final results) write here; nothing else stores stage scores.
 */
@NullMarked
package id.monevkip.assessment.ledger;

import org.jspecify.annotations.NullMarked;
