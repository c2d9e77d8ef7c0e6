package id.monevkip.assessment.ledger;

import java.math.BigDecimal;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.ScoreSubject;
import id.monevkip.cycle.ScoreStage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ScoreLedgerTests {

	@Autowired
	ScoreLedger ledger;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	TransactionTemplate tx;

	@Test
	void everyChangeIsRecordedWithBeforeAfterWhoAndWhyAndRepeatsAreNot() {
		var cycle = fixtures.cycle();
		var body = fixtures.participant(cycle, "PD_PROVINSI", null, null);
		var actor = new Actor(null, "Penilai Uji");
		tx.executeWithoutResult(s -> ledger.record(cycle, body.getId(), ScoreStage.SAQ, new BigDecimal("71.123456"),
				"verdict on 1.1", actor));
		boolean again = tx.execute(s -> ledger.record(cycle, body.getId(), ScoreStage.SAQ, new BigDecimal("71.1235"),
				"same again", actor));
		tx.executeWithoutResult(s -> ledger.record(cycle, body.getId(), ScoreStage.SAQ, new BigDecimal("80"),
				"objection upheld", actor));

		assertThat(again).isFalse();
		assertThat(ledger.score(cycle, body.getId(), ScoreStage.SAQ)).contains(new BigDecimal("80.0000"));
		assertThat(ledger.scores(cycle).get(body.getId())).containsEntry(ScoreStage.SAQ, new BigDecimal("80.0000"));
		var history = ledger.history(cycle, body.getId());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).subject()).isEqualTo(ScoreSubject.SAQ);
		assertThat(history.get(0).before()).isEqualByComparingTo("71.1235");
		assertThat(history.get(0).after()).isEqualByComparingTo("80");
		assertThat(history.get(0).reason()).isEqualTo("objection upheld");
		assertThat(history.get(0).changedByName()).isEqualTo("Penilai Uji");
		assertThat(history.get(1).before()).isNull();
	}

	@Test
	void aScoreOutsideZeroToHundredIsRefusedAndNothingIsStored() {
		var cycle = fixtures.cycle();
		var body = fixtures.participant(cycle, "PD_PROVINSI", null, null);
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> ledger.record(cycle, body.getId(),
				ScoreStage.PRESENTATION, new BigDecimal("100.01"), "typo", new Actor(null, "x"))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(ledger.score(cycle, body.getId(), ScoreStage.PRESENTATION)).isEmpty();
		assertThat(ledger.history(cycle, body.getId())).isEmpty();
	}

}
