package id.monevkip.ranking.publication;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which cycles' results are public. Publishing needs a decree: the public pages show the decree version in force,
 * so what is public is always what the commissioners fixed, and a later correction replaces it there too.
 */
@Service
@RequiredArgsConstructor
public class Publications {

	private final ResultPublicationRepository publications;

	private final ResultsManagement results;

	private final CycleManagement cycles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Publishes the cycle's results; refused before the decree, when already published, or when the year is taken. */
	@Transactional
	public PublicationView publish(long cycleId, CurrentUser commissioner) {
		var cycle = cycles.cycle(cycleId);
		if (publications.existsById(cycleId)) {
			throw new BusinessException("", "publication.alreadyPublished");
		}
		if (results.currentDecree(cycleId).isEmpty()) {
			throw new BusinessException("", "publication.noDecree");
		}
		if (publications.findByYear(cycle.year()).isPresent()) {
			throw new BusinessException("", "publication.yearTaken", String.valueOf(cycle.year()));
		}
		var saved = publications.save(new ResultPublication(cycleId, cycle.year(), commissioner.accountId(),
				commissioner.displayName(), clock.instant()));
		events.publishEvent(new ResultsPublished(cycleId, cycle.year()));
		return saved.view();
	}

	@Transactional(readOnly = true)
	public boolean isPublished(long cycleId) {
		return publications.existsById(cycleId);
	}

	@Transactional(readOnly = true)
	public Optional<PublicationView> publication(long cycleId) {
		return publications.findById(cycleId).map(ResultPublication::view);
	}

	/** The cycle published for the year, the address of the public pages. */
	@Transactional(readOnly = true)
	public Optional<PublicationView> publishedYear(int year) {
		return publications.findByYear(year).map(ResultPublication::view);
	}

	/** Years with published results, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> publishedYears() {
		return publications.years();
	}

}
