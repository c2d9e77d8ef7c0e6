package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;

import id.monevkip.cycle.Band;

/**
 * A body's nilai akhir: the exact value, the published value rounded once by the policy, and the band of the
 * rounded value (so that a published 90.00 is never "Menuju Informatif").
 */
public record FinalScore(BigDecimal raw, BigDecimal rounded, Band band, boolean shortlisted) {
}
