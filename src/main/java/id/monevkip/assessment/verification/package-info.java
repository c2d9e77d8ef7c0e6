/**
 * Verification of sent SAQs: the assessor's queue and review screen, a verdict per item, revision rounds, completion
 * and the decisions on objections (sanggah). Every verdict change recomputes the verified SAQ in the score ledger.
 */
@NullMarked
package id.monevkip.assessment.verification;

import org.jspecify.annotations.NullMarked;
