package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;

/** A body competing for the later stages: its award category and its verified SAQ (unrounded). */
public record ShortlistCandidate(long bodyId, long categoryId, BigDecimal verifiedSaq) {
}
