package id.monevkip.assessment;

import java.util.List;
import java.util.Optional;

import id.monevkip.assessment.results.Decrees;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/** The fixed results of a cycle, for ranking and publication: the newest decree version and its rows. */
@Service
@RequiredArgsConstructor
public class ResultsManagement {

	private final Decrees decrees;

	/** The decree in force: the newest version, empty before the results are issued. */
	public Optional<DecreeView> currentDecree(long cycleId) {
		return decrees.latest(cycleId);
	}

	/** Every decree version of the cycle, newest first. */
	public List<DecreeView> decrees(long cycleId) {
		return decrees.versions(cycleId);
	}

	/** One body's frozen row of a decree version, empty when the body is not in it (one row read, not the table). */
	public Optional<ResultView> result(DecreeView decree, long bodyId) {
		return decrees.row(decree, bodyId);
	}

	/** The frozen rows of one decree version, by category then rank. */
	public List<ResultView> results(DecreeView decree) {
		return decrees.rows(decree.cycleId(), decree);
	}

}
