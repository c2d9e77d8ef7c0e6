package id.monevkip.ranking.tokoh;

import java.util.ArrayList;
import java.util.List;

import id.monevkip.shared.BusinessException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tokoh rubric of a cycle. Until the admin defines one the default below applies; it is stored when the
 * nominations close, and from then on it cannot change (jurors score against it). Scores combine as the panel
 * rubric of the assessment does ({@link TokohArithmetic}).
 */
@Component
@RequiredArgsConstructor
class TokohRubric {

	static final List<Row> DEFAULT = List.of(new Row("Komitmen dan kebijakan", 30),
			new Row("Inovasi layanan informasi", 25), new Row("Dampak bagi masyarakat", 25),
			new Row("Konsistensi dan keteladanan", 20));

	static final int MAX_CRITERIA = 8;

	private final TokohCriterionRepository criteria;

	/** A criterion as typed on the rubric form or given by the demo. */
	record Row(String name, int weight) {
	}

	record CriterionView(String code, String name, int weight) {
	}

	List<CriterionView> criteria(long cycleId) {
		var stored = criteria.findByCycleIdOrderByPosition(cycleId);
		if (stored.isEmpty()) {
			return views(DEFAULT);
		}
		return stored.stream().map(c -> new CriterionView(c.getCode(), c.getName(), c.getWeight())).toList();
	}

	boolean isDefault(long cycleId) {
		return criteria.findByCycleIdOrderByPosition(cycleId).isEmpty();
	}

	/** Replaces the rubric; the caller checks that the nominations are still open. */
	@Transactional
	void define(long cycleId, List<Row> rows) {
		if (rows.isEmpty() || rows.size() > MAX_CRITERIA) {
			throw new BusinessException("criteria", "tokoh.rubric.count", MAX_CRITERIA);
		}
		int total = 0;
		for (var row : rows) {
			if (row.weight() < 1 || row.weight() > 100) {
				throw new BusinessException("criteria", "tokoh.rubric.weight", row.name());
			}
			total += row.weight();
		}
		if (total != 100) {
			throw new BusinessException("criteria", "tokoh.rubric.total", total);
		}
		criteria.deleteByCycleId(cycleId);
		criteria.flush();
		store(cycleId, rows);
	}

	/** Stores the default when nothing was defined, so the rubric jurors score against never changes. */
	@Transactional
	void fix(long cycleId) {
		if (isDefault(cycleId)) {
			store(cycleId, DEFAULT);
		}
	}

	private void store(long cycleId, List<Row> rows) {
		var views = views(rows);
		for (int i = 0; i < views.size(); i++) {
			criteria.save(new TokohCriterion(cycleId, views.get(i).code(), views.get(i).name(), views.get(i).weight(), i));
		}
	}

	private static List<CriterionView> views(List<Row> rows) {
		var result = new ArrayList<CriterionView>();
		for (int i = 0; i < rows.size(); i++) {
			result.add(new CriterionView("K" + (i + 1), rows.get(i).name(), rows.get(i).weight()));
		}
		return result;
	}

}
