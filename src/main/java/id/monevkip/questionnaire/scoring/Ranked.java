package id.monevkip.questionnaire.scoring;

/** A body's place in its category; bodies the policy cannot separate share a rank (1, 2, 2, 4). */
public record Ranked(RankEntry entry, int rank) {
}
