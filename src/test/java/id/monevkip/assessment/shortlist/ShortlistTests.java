package id.monevkip.assessment.shortlist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The demo policy shortlists the top 5 of each category (shared ranks). */
@IntegrationTest
class ShortlistTests {

	@Autowired
	Shortlists shortlists;

	@Autowired
	ScoreLedger ledger;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	MockMvcTester mvc;

	long cycle;

	List<PublicBody> provincial = new ArrayList<>();

	PublicBody bumd;

	PublicBody unverified;

	CurrentUser commissioner;

	@BeforeEach
	void sevenProvincialBodiesOneBumdAndOneWithoutScore() {
		cycle = fixtures.cycle();
		// 90, 85, 80, 75, 75, 75, 60: the 4th place is shared by three, so six go on
		String[] scores = { "90", "85", "80", "75", "75", "75", "60" };
		for (String score : scores) {
			var body = fixtures.participant(cycle, "PD_PROVINSI", null, null);
			provincial.add(body);
			saq(body, score);
		}
		bumd = fixtures.participant(cycle, "BUMD", null, null);
		saq(bumd, "41.5");
		unverified = fixtures.participant(cycle, "BUMD", null, null);
		commissioner = fixtures.person(Role.COMMISSIONER, "Komisioner Uji", null);
	}

	@Test
	void aDrawAppliesThePolicyPerCategoryOnTheVerifiedSaqWithSharedRanks() {
		long included = shortlists.draw(cycle, Actor.of(commissioner));

		assertThat(included).isEqualTo(7);
		assertThat(shortlists.shortlisted(cycle)).containsAll(ids(provincial.subList(0, 6)))
			.contains(bumd.getId())
			.doesNotContain(provincial.get(6).getId(), unverified.getId());
		var page = shortlists.page(cycle, null);
		assertThat(page.withoutScore()).isEqualTo(1);
		assertThat(page.rows()).hasSize(9);
	}

	@Test
	void aCommissionerRemovesABodyWithAReasonAndTheDecisionSurvivesARedrawAndIsLogged() {
		shortlists.draw(cycle, Actor.of(commissioner));
		var first = provincial.get(0);

		assertThat(mvc.post()
			.uri("/commissioner/cycles/{c}/shortlist/bodies/{b}", cycle, first.getId())
			.param("include", "false")
			.param("reason", "Sedang dalam proses hukum")
			.with(user(commissioner))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		saq(provincial.get(6), "95");
		shortlists.draw(cycle, Actor.of(commissioner));

		assertThat(shortlists.shortlisted(cycle)).doesNotContain(first.getId()).contains(provincial.get(6).getId());
		var page = shortlists.page(cycle, first.getCategory().getId());
		var row = page.rows().stream().filter(r -> r.bodyId() == first.getId()).findFirst().orElseThrow();
		assertThat(row.byPolicy()).isTrue();
		assertThat(row.included()).isFalse();
		assertThat(row.adjustmentReason()).isEqualTo("Sedang dalam proses hukum");
		assertThat(page.adjustments()).singleElement().satisfies(a -> {
			assertThat(a.included()).isFalse();
			assertThat(a.byName()).isEqualTo(commissioner.displayName());
		});
	}

	@Test
	void putingABodyBackToWhatThePolicySaysWithdrawsTheAdjustment() {
		shortlists.draw(cycle, Actor.of(commissioner));
		var last = provincial.get(6);
		tx.executeWithoutResult(s -> shortlists.adjust(cycle, last.getId(), true, "Inovasi luar biasa", Actor.of(commissioner)));
		tx.executeWithoutResult(s -> shortlists.adjust(cycle, last.getId(), false, "Keputusan ditinjau ulang", Actor.of(commissioner)));

		var row = shortlists.page(cycle, null).rows().stream().filter(r -> r.bodyId() == last.getId()).findFirst().orElseThrow();
		assertThat(row.included()).isFalse();
		assertThat(row.adjusted()).isFalse();
		assertThat(shortlists.page(cycle, null).adjustments()).hasSize(2);
	}

	@Test
	void aDecisionWithoutReasonIsRefusedOnThePageWithWhatWasTypedAndNothingChanges() {
		shortlists.draw(cycle, Actor.of(commissioner));
		var first = provincial.get(0);

		var result = mvc.post()
			.uri("/commissioner/cycles/{c}/shortlist/bodies/{b}", cycle, first.getId())
			.param("include", "false")
			.param("reason", "   ")
			.with(user(commissioner))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("Tuliskan alasan keputusan.");
		assertThat(shortlists.shortlisted(cycle)).contains(first.getId());
		assertThat(shortlists.page(cycle, null).adjustments()).isEmpty();
	}

	@Test
	void aDecisionThatChangesNothingIsRefused() {
		shortlists.draw(cycle, Actor.of(commissioner));
		assertThatThrownBy(() -> shortlists.adjust(cycle, provincial.get(0).getId(), true, "lagi", Actor.of(commissioner)))
			.isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).messageKey())
			.isEqualTo("results.shortlist.alreadyIn");
	}

	@Test
	void adminsSeeTheShortlistButOnlyCommissionersDecide() {
		shortlists.draw(cycle, Actor.of(commissioner));
		var admin = fixtures.admin();

		assertThat(mvc.get().uri("/admin/cycles/{c}/shortlist", cycle).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains(provincial.get(0).getName())
			.doesNotContain("Keluarkan");
		assertThat(mvc.post()
			.uri("/commissioner/cycles/{c}/shortlist/bodies/{b}", cycle, provincial.get(0).getId())
			.param("include", "false")
			.param("reason", "x")
			.with(user(admin))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/commissioner/cycles/{c}/shortlist?category=abc", cycle).with(user(commissioner)))
			.hasStatusOk()
			.bodyText()
			.contains("Kategori yang diminta tidak dikenal")
			.contains("Keluarkan");
	}

	@Test
	void aBodyThatIsNotOnTheListAnswers404() {
		shortlists.draw(cycle, Actor.of(commissioner));
		var outsider = fixtures.body("BUMD", null, null);
		assertThat(mvc.post()
			.uri("/commissioner/cycles/{c}/shortlist/bodies/{b}", cycle, outsider.getId())
			.param("include", "true")
			.param("reason", "x")
			.with(user(commissioner))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	private void saq(PublicBody body, String score) {
		tx.executeWithoutResult(s -> ledger.record(cycle, body.getId(), ScoreStage.SAQ, new BigDecimal(score), "uji",
				new Actor(null, "Sistem")));
	}

	private static List<Long> ids(List<PublicBody> bodies) {
		return bodies.stream().map(PublicBody::getId).toList();
	}

}
