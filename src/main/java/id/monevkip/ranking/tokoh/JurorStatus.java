package id.monevkip.ranking.tokoh;

/** Where one juror stands with one nomination. */
enum JurorStatus {

	TODO, DRAFT, SUBMITTED, CONFLICT

}
