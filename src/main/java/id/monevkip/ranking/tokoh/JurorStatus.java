package id.monevkip.ranking.tokoh;

/** Where one juror stands with one nomination. */
enum JurorStatus {

	NOT_SCORED, DRAFT, SUBMITTED, CONFLICT

}
