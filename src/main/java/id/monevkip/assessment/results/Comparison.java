package id.monevkip.assessment.results;

import java.util.List;

import id.monevkip.assessment.DecreeView;
import org.springframework.data.domain.Page;

/** Two decree versions side by side; {@code differences} counts the bodies whose final score, band or rank differ. */
public record Comparison(long cycleId, String cycleTitle, List<DecreeView> versions, DecreeView from, DecreeView to,
		boolean onlyDifferences, Page<ComparedLine> page, long differences) {
}
