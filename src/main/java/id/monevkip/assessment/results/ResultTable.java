package id.monevkip.assessment.results;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.monevkip.assessment.DecreeView;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.directory.CategoryView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/**
 * A page of a result table: the draft ({@code decree} null) or a decree version, filtered by category and band.
 *
 * @param stages the stages the cycle weighs, shown as columns (the verified SAQ always)
 * @param latest the cycle's newest decree version, if any
 */
public record ResultTable(long cycleId, String cycleTitle, @Nullable DecreeView decree, @Nullable DecreeView latest,
		List<CategoryView> categories, List<String> bands, @Nullable Long categoryId, @Nullable String band,
		Page<ResultLine> page, @Nullable Instant changedAt, List<ScoreStage> stages, Map<String, Long> bandCounts,
		long withoutSaq) {

	public boolean shows(String stage) {
		return stages.contains(ScoreStage.valueOf(stage));
	}

	public long inBand(String code) {
		return bandCounts.getOrDefault(code, 0L);
	}

	public boolean empty() {
		return bandCounts.isEmpty();
	}

}
