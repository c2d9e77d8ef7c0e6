package id.monevkip.questionnaire.builder;

import java.time.Duration;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.CycleCopied;
import id.monevkip.questionnaire.InstrumentFixtures;
import id.monevkip.questionnaire.InstrumentStatus;
import id.monevkip.questionnaire.QuestionnaireManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CycleCopyListenerTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	InstrumentService instruments;

	@Autowired
	QuestionnaireManagement questionnaires;

	@Autowired
	InstrumentFixtures fixtures;

	@Test
	void aCopiedCycleStartsWithDraftsOfThePublishedInstruments() throws InterruptedException {
		long source = fixtures.cycle(true);
		long target = fixtures.cycle(false);
		long published = fixtures.publishableDraft(source, "BUMD");
		instruments.publishAsSeed(published);
		fixtures.publishableDraft(source, "BLUD");

		transaction.executeWithoutResult(status -> events.publishEvent(new CycleCopied(source, target)));

		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (questionnaires.instruments(target).isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		var copies = questionnaires.instruments(target);
		assertThat(copies).hasSize(1);
		assertThat(copies.get(0).status()).isEqualTo(InstrumentStatus.DRAFT);
		assertThat(copies.get(0).questionCount()).isEqualTo(3);
		assertThat(copies.get(0).categoryIds()).containsExactly(fixtures.categoryId("BUMD"));
	}

}
