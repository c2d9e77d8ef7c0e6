package id.monevkip.ranking.publication;

import java.time.Duration;
import java.time.Instant;

import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.DemoCycles;
import id.monevkip.shared.ApplicationClock;
import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Last year's demo results are published a week after their decree (after awards, tokoh and certificates were
 * prepared), so that a new user finds /hasil/{last year} filled. Demo installations only; runs once.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 95)
@RequiredArgsConstructor
class PreviousCyclePublicationDemo implements ApplicationRunner {

	private final DemoCycles demoCycles;

	private final ResultsManagement results;

	private final Publications publications;

	private final UserDetailsService users;

	private final ApplicationClock clock;

	@Override
	public void run(ApplicationArguments args) {
		var cycle = demoCycles.lastYear();
		if (cycle.isEmpty() || publications.isPublished(cycle.get().id())
				|| publications.publishedYear(cycle.get().year()).isPresent()) {
			return;
		}
		var decree = results.currentDecree(cycle.get().id());
		if (decree.isEmpty()) {
			return;
		}
		var commissioner = (CurrentUser) users.loadUserByUsername("komisioner@kipkaltim.test");
		Instant at = decree.get().issuedAt().plus(Duration.ofDays(7));
		if (at.isAfter(clock.instant())) {
			at = clock.instant();
		}
		clock.replay(at, () -> publications.publish(cycle.get().id(), commissioner));
		log.info("Demo {}: results published at /hasil/{}", cycle.get().title(), cycle.get().year());
	}

}
