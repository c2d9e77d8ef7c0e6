package id.monevkip.guidance;

import java.util.UUID;

import id.monevkip.directory.body.PublicBody;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.submission.SubmissionFixtures;

/**
 * Fresh bodies of the demo cycle shaped like the demo's kabupaten: "Kukar" with a dinas and its village below it and
 * a sibling dinas with a coordinator of its own, and "Kutim" with a dinas below it. Each has unique codes, so tests
 * never see each other's items.
 */
record GuidanceTree(String tag, long cycleId, PublicBody kukar, PublicBody kukarDinas, PublicBody kukarVillage,
		PublicBody sibling, PublicBody kutim, PublicBody kutimDinas, CurrentUser kukarCoordinator,
		CurrentUser siblingCoordinator, CurrentUser kutimCoordinator, CurrentUser respondent,
		CurrentUser kutimRespondent) {

	static GuidanceTree grow(SubmissionFixtures fixtures) {
		var kukar = fixtures.participant("PEMKAB_PEMKOT");
		var kukarDinas = fixtures.childOf(kukar, "PD_KABKOTA");
		var kukarVillage = fixtures.childOf(kukarDinas, "DESA");
		var sibling = fixtures.childOf(kukar, "PD_KABKOTA");
		var kutim = fixtures.participant("PEMKAB_PEMKOT");
		var kutimDinas = fixtures.childOf(kutim, "PD_KABKOTA");
		return new GuidanceTree(UUID.randomUUID().toString().substring(0, 8), fixtures.demoCycle().id(), kukar,
				kukarDinas, kukarVillage, sibling, kutim, kutimDinas,
				fixtures.account(kukar, Role.COORDINATOR, "Koordinator Kukar"),
				fixtures.account(sibling, Role.COORDINATOR, "Koordinator Saudara"),
				fixtures.account(kutim, Role.COORDINATOR, "Koordinator Kutim"),
				fixtures.respondent(kukarDinas, "Responden Dinas Kukar"),
				fixtures.respondent(kutimDinas, "Responden Dinas Kutim"));
	}

	/** A title nobody else uses. */
	String title(String what) {
		return what + " " + tag;
	}

}
