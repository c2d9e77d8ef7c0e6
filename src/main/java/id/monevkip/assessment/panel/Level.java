package id.monevkip.assessment.panel;

import jakarta.persistence.Embeddable;

/** One level of a criterion: its number, the score band (inclusive) and what a body shows at that level. */
@Embeddable
public record Level(int level, int minScore, int maxScore, String description) {
}
