package id.monevkip.assessment.demo;

import java.time.Clock;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.ResultsManagement;
import id.monevkip.assessment.ScoreSubject;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.assessment.shortlist.Shortlists;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.ParticipantView;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.Stage;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.Wita;
import id.monevkip.submission.SubmissionManagement;
import id.monevkip.submission.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Last year's demo cycle went through every step by the services, at last year's dates: every body verified, a
 * shortlist with a commissioner's decision, visits judged, and a decree with a row for every participant.
 */
@IntegrationTest
class PreviousCycleDemoTests {

	@Autowired
	CycleManagement cycles;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	Shortlists shortlists;

	@Autowired
	ScoreLedger ledger;

	@Autowired
	ResultsManagement results;

	@Autowired
	Clock clock;

	@Autowired
	DirectoryManagement directory;

	@Test
	void lastYearsCycleIsVerifiedJudgedAndFixedInADecreeForEveryParticipant() {
		var cycle = lastYear();
		var decree = results.currentDecree(cycle.id()).orElseThrow();
		assertThat(decree.version()).isEqualTo(1);
		var decreeWindow = cycle.window(Stage.DETERMINATION).orElseThrow();
		assertThat(decree.date().atStartOfDay(Wita.ZONE).toInstant()).isBetween(
				decreeWindow.opensAt().minusSeconds(86_400), decreeWindow.closesAt());
		var rows = results.results(decree);
		// every body that sent its SAQ last year was verified and has its row in the decree (other tests may add
		// participants to that cycle later, without a questionnaire)
		var decreed = rows.stream().map(r -> r.bodyId()).collect(java.util.stream.Collectors.toSet());
		var sent = cycles.participants(cycle.id())
			.stream()
			.map(ParticipantView::bodyId)
			.filter(bodyId -> submissions.submissionOf(cycle.id(), bodyId).isPresent())
			.toList();
		assertThat(sent).hasSizeGreaterThan(50);
		assertThat(decreed).containsAll(sent);
		for (long bodyId : sent) {
			assertThat(submissions.submissionOf(cycle.id(), bodyId).orElseThrow().status())
				.isEqualTo(SubmissionStatus.VERIFIED);
		}
		// a plausible spread, not one figure for everybody
		assertThat(rows.stream().map(r -> r.band()).distinct().count()).isGreaterThan(1);

		var shortlisted = shortlists.shortlisted(cycle.id());
		assertThat(shortlisted).isNotEmpty().hasSizeLessThan(sent.size());
		assertThat(shortlists.page(cycle.id(), null).adjustments()).hasSize(1);
		var scores = ledger.scores(cycle.id());
		for (long bodyId : shortlisted) {
			assertThat(scores.get(bodyId)).containsKeys(ScoreStage.SAQ, ScoreStage.VISITATION);
		}
		var someone = shortlisted.iterator().next();
		var trail = ledger.history(cycle.id(), someone);
		assertThat(trail).extracting(c -> c.subject()).contains(ScoreSubject.SAQ, ScoreSubject.VISITATION, ScoreSubject.FINAL);
		// every change happened last year, not on the day the demo was loaded
		assertThat(trail).allSatisfy(c -> assertThat(c.changedAt().atZone(Wita.ZONE).getYear()).isEqualTo(cycle.year()));
	}

	/** The demo organiser's cycle of last year: other tests make cycles of that year for their own organisers. */
	private CycleView lastYear() {
		int year = clock.instant().atZone(Wita.ZONE).getYear() - 1;
		long organiser = directory.bodyByCode("KIP-KALTIM").orElseThrow().id();
		return cycles.all()
			.stream()
			.filter(c -> c.year() == year && c.organiserBodyId() == organiser)
			.findFirst()
			.orElseThrow();
	}

}
