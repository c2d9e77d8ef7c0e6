package id.monevkip.ranking.certificates;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.DemoCycles;
import id.monevkip.shared.ApplicationClock;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

/**
 * Demo: the certificates of last year's decree, issued the day after it, for every body with a result, so that
 * the verification page has codes to check. Issuing skips certificates that exist, so a restart changes nothing.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 90)
@RequiredArgsConstructor
class CertificateDemo implements ApplicationRunner {

	private final DemoCycles demoCycles;

	private final ResultsManagement results;

	private final Certificates certificates;

	private final ApplicationClock clock;

	@Override
	public void run(ApplicationArguments args) {
		var decree = demoCycles.lastYear().flatMap(c -> results.currentDecree(c.id()));
		if (decree.isEmpty()) {
			return;
		}
		clock.replay(decree.get().issuedAt().plus(Duration.ofDays(1)), () -> {
			int issued = certificates.issue(decree.get().cycleId(), null, null).size();
			log.info("Demo: {} certificates of decree {} in place", issued, decree.get().number());
		});
	}

}
