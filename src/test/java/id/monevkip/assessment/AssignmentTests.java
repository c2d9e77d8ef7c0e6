package id.monevkip.assessment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.internal.AssignmentService;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.directory.PersonView;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Assigning verifiers and judges by hand and automatically: every refusal (conflict, wrong role, duplicate, not a
 * participant, unknown ids) names its reason and changes nothing; conflicts are listed; the pages stay with admins.
 */
@IntegrationTest
class AssignmentTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	AssessmentManagement assessment;

	@Autowired
	AssignmentService assignments;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	CycleManagement cycles;

	CurrentUser admin;

	long cycleId;

	PublicBody body;

	CurrentUser assessor;

	@BeforeEach
	void cycleWithOneParticipant() {
		admin = fixtures.admin();
		cycleId = fixtures.cycle();
		body = fixtures.participant(cycleId, "PD_KABKOTA", "64.02.03", null);
		assessor = fixtures.person(Role.ASSESSOR, "Penilai Uji", null);
	}

	@Test
	void filterValuesThatAreNotUnderstoodAreIgnoredWithAMessage() {
		for (var query : new String[] { "category=abc", "without=NOBODY", "page=-1", "page=x" }) {
			assertThat(mvc.get().uri("/admin/cycles/{id}/assignments?" + query, cycleId).with(user(admin)))
				.as(query)
				.hasStatusOk()
				.bodyText()
				.contains("di alamat halaman tidak dikenali dan diabaikan", body.getName());
		}
	}

	@Test
	void adminAssignsAndUnassignsByHand() {
		assertThat(assign(body.getId(), assessor.accountId(), "VERIFIER")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "assessment.assign.done.VERIFIER");
		assertThat(assessment.verifiersOf(cycleId, body.getId())).extracting(AssignmentView::accountId)
			.containsExactly(assessor.accountId());
		assertThat(assessment.isAssigned(cycleId, body.getId(), assessor.accountId(), AssignmentRole.VERIFIER)).isTrue();
		assertThat(mvc.get().uri("/admin/cycles/{id}/assignments", cycleId).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains(body.getName(), assessor.displayName());

		assertThat(mvc.post()
			.uri("/admin/cycles/{id}/assignments/remove", cycleId)
			.param("bodyId", String.valueOf(body.getId()))
			.param("accountId", String.valueOf(assessor.accountId()))
			.param("role", "VERIFIER")
			.with(user(admin))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("message", "assessment.unassign.done");
		assertThat(assessment.verifiersOf(cycleId, body.getId())).isEmpty();
	}

	@Test
	void refusesDuplicateWrongRoleAndNonParticipantWithAMessageAndChangesNothing() {
		assign(body.getId(), assessor.accountId(), "VERIFIER");
		assertThat(assign(body.getId(), assessor.accountId(), "VERIFIER")).flash()
			.containsEntry("error", "assessment.assign.duplicate.VERIFIER");

		var juror = fixtures.person(Role.JUROR, "Juri Uji", null);
		assertThat(assign(body.getId(), juror.accountId(), "VERIFIER")).flash()
			.containsEntry("error", "assessment.assign.wrongRole.VERIFIER");
		var outsider = fixtures.body("PD_KABKOTA", null, null);
		assertThat(assign(outsider.getId(), assessor.accountId(), "VERIFIER")).flash()
			.containsEntry("error", "assessment.assign.notParticipant");
		assertThat(assign(body.getId(), null, "VERIFIER")).flash().containsEntry("error", "assessment.assign.incomplete");
		assertThat(assessment.verifiersOf(cycleId, body.getId())).hasSize(1);
		assertThat(assessment.judgesOf(cycleId, body.getId())).isEmpty();
		assertThat(assessment.verifiersOf(cycleId, outsider.getId())).isEmpty();

		assertThat(assign(Long.MAX_VALUE, assessor.accountId(), "VERIFIER")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(assign(body.getId(), Long.MAX_VALUE, "VERIFIER")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/admin/cycles/{id}/assignments", Long.MAX_VALUE)
			.param("bodyId", String.valueOf(body.getId()))
			.param("accountId", String.valueOf(assessor.accountId()))
			.param("role", "VERIFIER")
			.with(user(admin))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/admin/cycles/{id}/assignments", Long.MAX_VALUE).with(user(admin)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void ownInstitutionAboveOrBelowTheBodyBlocksAndIsListed() {
		var parent = fixtures.body("PEMKAB_PEMKOT", null, null);
		var child = fixtures.participant(cycleId, "PD_KABKOTA", null, parent);
		var grandchild = fixtures.body("DESA", null, child);
		var fromParent = fixtures.person(Role.ASSESSOR, "Penilai Induk", parent);
		var fromBelow = fixtures.person(Role.JUROR, "Juri Desa", grandchild);

		assertThat(assign(child.getId(), fromParent.accountId(), "VERIFIER")).flash()
			.containsEntry("error", "assessment.assign.conflict.OWN_INSTITUTION");
		assertThat(assign(child.getId(), fromBelow.accountId(), "JUDGE")).flash()
			.containsEntry("error", "assessment.assign.conflict.OWN_INSTITUTION");
		assertThat(assessment.verifiersOf(cycleId, child.getId())).isEmpty();
		assertThat(assessment.judgesOf(cycleId, child.getId())).isEmpty();
		assertThat(assessment.conflict(cycleId, child.getId(), fromParent.accountId()))
			.containsExactly(ConflictKind.OWN_INSTITUTION);
		assertThat(assignments.conflicts(cycleId)).extracting(ConflictView::accountId, ConflictView::kind)
			.contains(Tuple.tuple(fromParent.accountId(), ConflictKind.OWN_INSTITUTION),
					Tuple.tuple(fromBelow.accountId(), ConflictKind.OWN_INSTITUTION));
		assertThat(mvc.get().uri("/admin/cycles/{id}/conflicts", cycleId).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains(fromParent.displayName(), fromBelow.displayName(), child.getName());
	}

	@Test
	void homeRegionBlocksBodiesOfThatRegencyAndIsListed() {
		assertThat(mvc.post()
			.uri("/assessor/conflicts/region")
			.param("homeRegionCode", "64.02")
			.with(user(assessor))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("message", "assessment.profile.saved");

		assertThat(assign(body.getId(), assessor.accountId(), "VERIFIER")).flash()
			.containsEntry("error", "assessment.assign.conflict.OWN_REGION");
		assertThat(assessment.verifiersOf(cycleId, body.getId())).isEmpty();
		assertThat(assessment.conflict(cycleId, body.getId(), assessor.accountId())).containsExactly(ConflictKind.OWN_REGION);
		assertThat(mvc.get().uri("/admin/cycles/{id}/conflicts", cycleId).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains(assessor.displayName(), body.getName());

		var elsewhere = fixtures.participant(cycleId, "PD_KABKOTA", "64.08", null);
		assign(elsewhere.getId(), assessor.accountId(), "VERIFIER");
		assertThat(assessment.verifiersOf(cycleId, elsewhere.getId())).hasSize(1);
		assertThat(mvc.post()
			.uri("/assessor/conflicts/region")
			.param("homeRegionCode", "99.99")
			.with(user(assessor))
			.with(csrf())).flash().containsEntry("error", "assessment.profile.unknownRegion");
	}

	@Test
	void declaredConflictBlocksIsListedAndCanBeWithdrawn() {
		var juror = fixtures.person(Role.JUROR, "Juri Menyatakan", null);
		assertThat(mvc.post()
			.uri("/assessor/conflicts")
			.param("bodyCode", body.getCode())
			.param("reason", "Pernah bekerja di sana")
			.with(user(juror))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("message", "assessment.declare.done");
		assertThat(mvc.post()
			.uri("/assessor/conflicts")
			.param("bodyCode", body.getCode())
			.param("reason", "Lagi")
			.with(user(juror))
			.with(csrf())).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("bodyCode");
		assertThat(mvc.post()
			.uri("/assessor/conflicts")
			.param("bodyCode", "TIDAK-ADA-" + body.getCode())
			.param("reason", "x")
			.with(user(juror))
			.with(csrf())).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("bodyCode");

		assertThat(assign(body.getId(), juror.accountId(), "JUDGE")).flash()
			.containsEntry("error", "assessment.assign.conflict.DECLARED");
		assertThat(assessment.judgesOf(cycleId, body.getId())).isEmpty();
		var declared = assignments.conflicts(cycleId)
			.stream()
			.filter(c -> c.accountId() == juror.accountId())
			.toList();
		assertThat(declared).singleElement().satisfies(c -> {
			assertThat(c.kind()).isEqualTo(ConflictKind.DECLARED);
			assertThat(c.reason()).isEqualTo("Pernah bekerja di sana");
		});
		assertThat(mvc.get().uri("/assessor/conflicts").with(user(juror))).hasStatusOk()
			.bodyText()
			.contains(body.getName(), "Pernah bekerja di sana");

		var other = fixtures.person(Role.ASSESSOR, "Penilai Lain", null);
		assertThat(mvc.post()
			.uri("/assessor/conflicts/{id}/withdraw", declared.get(0).declaredId())
			.with(user(other))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/assessor/conflicts/{id}/withdraw", declared.get(0).declaredId())
			.with(user(juror))
			.with(csrf())).hasStatus3xxRedirection();
		assign(body.getId(), juror.accountId(), "JUDGE");
		assertThat(assessment.judgesOf(cycleId, body.getId())).extracting(AssignmentView::accountId)
			.containsExactly(juror.accountId());
	}

	@Test
	void adminRecordsADeclaredConflictForSomeone() {
		assertThat(mvc.post()
			.uri("/admin/cycles/{id}/conflicts", cycleId)
			.param("accountId", String.valueOf(assessor.accountId()))
			.param("bodyCode", body.getCode())
			.param("reason", "Keluarga bekerja di sana")
			.with(user(admin))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("message", "assessment.declare.done");
		assertThat(assessment.conflict(cycleId, body.getId(), assessor.accountId())).containsExactly(ConflictKind.DECLARED);
		assertThat(mvc.post()
			.uri("/admin/cycles/{id}/conflicts", cycleId)
			.param("accountId", String.valueOf(admin.accountId()))
			.param("bodyCode", body.getCode())
			.param("reason", "x")
			.with(user(admin))
			.with(csrf())).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("accountId");
	}

	@Test
	void assignAllBalancesEachCategoryAndSkipsConflicts() {
		var mine = List.of(assessor, fixtures.person(Role.ASSESSOR, "Penilai Dua", null),
				fixtures.person(Role.ASSESSOR, "Penilai Tiga", null));
		int people = directory.peopleWithRole(Role.ASSESSOR).size();
		var bodies = new HashMap<Long, Long>();
		bodies.put(body.getId(), body.getCategory().getId());
		for (var category : List.of("PD_KABKOTA", "DESA")) {
			for (int i = 0; i < people + 2; i++) {
				var made = fixtures.participant(cycleId, category, null, null);
				bodies.put(made.getId(), made.getCategory().getId());
			}
		}
		// In a category of its own: a skipped person may leave its category uneven by design.
		var conflicted = fixtures.participant(cycleId, "BUMD", null, null);
		bodies.put(conflicted.getId(), conflicted.getCategory().getId());
		assertThat(mvc.post()
			.uri("/admin/cycles/{id}/conflicts", cycleId)
			.param("accountId", String.valueOf(mine.get(1).accountId()))
			.param("bodyCode", conflicted.getCode())
			.param("reason", "Mantan pegawai")
			.with(user(admin))
			.with(csrf())).hasStatus3xxRedirection();

		assertThat(mvc.post()
			.uri("/admin/cycles/{id}/assignments/auto", cycleId)
			.param("role", "VERIFIER")
			.with(user(admin))
			.with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "assessment.auto.done.VERIFIER");

		var loads = new HashMap<Long, Map<Long, Integer>>();
		for (var entry : bodies.entrySet()) {
			var verifiers = assessment.verifiersOf(cycleId, entry.getKey());
			assertThat(verifiers).as("one verifier per body").hasSize(1);
			loads.computeIfAbsent(entry.getValue(), c -> new HashMap<>())
				.merge(verifiers.get(0).accountId(), 1, Integer::sum);
		}
		assertThat(assessment.verifiersOf(cycleId, conflicted.getId())).extracting(AssignmentView::accountId)
			.doesNotContain(mine.get(1).accountId());
		var everyone = directory.peopleWithRole(Role.ASSESSOR).stream().map(PersonView::accountId).toList();
		var balanced = List.of(body.getCategory().getId(), directory.categories()
			.stream()
			.filter(c -> c.code().equals("DESA"))
			.findFirst()
			.orElseThrow()
			.id());
		for (var perCategory : balanced.stream().map(loads::get).toList()) {
			var counts = everyone.stream().map(id -> perCategory.getOrDefault(id, 0)).toList();
			assertThat(counts.stream().mapToInt(Integer::intValue).max().orElseThrow()
					- counts.stream().mapToInt(Integer::intValue).min().orElseThrow())
				.as("loads within a category differ by at most one")
				.isLessThanOrEqualTo(1);
		}
		for (var person : mine) {
			assertThat(new HashSet<>(balanced.stream().map(c -> loads.get(c).getOrDefault(person.accountId(), 0)).toList()))
				.allMatch(count -> count >= 1);
		}

		var again = assignments.assignAll(cycleId, AssignmentRole.VERIFIER, admin);
		assertThat(again.assigned()).as("nobody left without a verifier").isZero();
	}

	@Test
	void assignmentPagesAreForAdminsOnly() {
		var coordinatorBody = fixtures.body("PEMKAB_PEMKOT", null, null);
		var coordinator = fixtures.person(Role.COORDINATOR, "Koordinator Uji", coordinatorBody);
		for (var someone : List.of(assessor, coordinator)) {
			assertThat(mvc.get().uri("/admin/cycles/{id}/assignments", cycleId).with(user(someone)))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.get().uri("/admin/cycles/{id}/conflicts", cycleId).with(user(someone)))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.post()
				.uri("/admin/cycles/{id}/assignments/auto", cycleId)
				.param("role", "VERIFIER")
				.with(user(someone))
				.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/assessor/conflicts").with(user(coordinator))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(assessment.verifiersOf(cycleId, body.getId())).isEmpty();
	}

	@Test
	void assessorSeesOnlyItsOwnAssignmentsOnItsHome() {
		var current = cycles.current().orElseThrow().id();
		var mine = fixtures.participant(current, "PD_KABKOTA", null, null);
		var theirs = fixtures.participant(current, "PD_KABKOTA", null, null);
		var colleague = fixtures.person(Role.ASSESSOR, "Penilai Kolega", null);
		assignments.assign(current, mine.getId(), assessor.accountId(), AssignmentRole.VERIFIER, admin);
		assignments.assign(current, theirs.getId(), colleague.accountId(), AssignmentRole.VERIFIER, admin);

		assertThat(assessment.assignmentsOf(current, assessor.accountId())).extracting(AssignmentView::bodyId)
			.containsExactly(mine.getId());
		assertThat(mvc.get().uri("/assessor").with(user(assessor))).hasStatusOk()
			.bodyText()
			.contains(mine.getName())
			.doesNotContain(theirs.getName());
	}

	@Test
	void assignmentListPagesAndFiltersInTheDatabase() {
		for (int i = 0; i < 3; i++) {
			fixtures.participant(cycleId, "DESA", null, null);
		}
		assign(body.getId(), assessor.accountId(), "VERIFIER");
		var desa = directory.categories().stream().filter(c -> c.code().equals("DESA")).findFirst().orElseThrow();
		var page = assignments.page(cycleId, desa.id(), null, 0, 2);
		assertThat(page.rows().getTotalElements()).isEqualTo(3);
		assertThat(page.rows().getContent()).hasSize(2);
		var unassigned = assignments.page(cycleId, 0, AssignmentRole.VERIFIER, 0, 100);
		assertThat(unassigned.rows().getContent()).extracting(r -> r.body().id()).doesNotContain(body.getId()).hasSize(3);
		assertThat(mvc.get()
			.uri("/admin/cycles/{id}/assignments?category={c}&without=JUDGE&page=1", cycleId, desa.id())
			.with(user(admin))).hasStatusOk();
	}

	@Test
	void anAdminSetsWhereAnAssessorLivesAndAssignmentsInThatRegionAreThenRefused() {
		assertThat(mvc.post()
			.uri("/admin/cycles/{id}/conflicts/region", cycleId)
			.param("personId", String.valueOf(assessor.accountId()))
			.param("homeRegionCode", "64.02")
			.with(user(admin))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("message", "assessment.profile.savedFor");

		assertThat(assessment.conflict(cycleId, body.getId(), assessor.accountId())).containsExactly(ConflictKind.OWN_REGION);
		assertThat(assign(body.getId(), assessor.accountId(), "VERIFIER")).flash()
			.containsEntry("error", "assessment.assign.conflict.OWN_REGION");
		assertThat(assessment.verifiersOf(cycleId, body.getId())).isEmpty();
	}

	@Test
	void anUnknownRegionOrSomebodyWhoIsNotAnAssessorIsRefusedOnThePage() {
		var respondent = fixtures.person(Role.RESPONDENT, "Bukan Penilai", body);
		assertThat(mvc.post()
			.uri("/admin/cycles/{id}/conflicts/region", cycleId)
			.param("personId", String.valueOf(assessor.accountId()))
			.param("homeRegionCode", "99.99")
			.with(user(admin))
			.with(csrf())).hasStatusOk().bodyText().contains("Kabupaten/kota itu tidak dikenal.");
		assertThat(mvc.post()
			.uri("/admin/cycles/{id}/conflicts/region", cycleId)
			.param("personId", String.valueOf(respondent.accountId()))
			.param("homeRegionCode", "64.02")
			.with(user(admin))
			.with(csrf())).hasStatusOk().bodyText().contains("Pilih orangnya.");
		assertThat(assessment.conflict(cycleId, body.getId(), assessor.accountId())).isEmpty();
	}

	private MvcTestResult assign(long bodyId, Long accountId, String role) {
		var request = mvc.post()
			.uri("/admin/cycles/{id}/assignments", cycleId)
			.param("bodyId", String.valueOf(bodyId))
			.param("role", role)
			.with(user(admin))
			.with(csrf());
		if (accountId != null) {
			request = request.param("accountId", String.valueOf(accountId));
		}
		return request.exchange();
	}

}
