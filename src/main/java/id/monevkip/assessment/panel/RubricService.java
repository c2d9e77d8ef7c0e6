package id.monevkip.assessment.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.questionnaire.scoring.PanelRule;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubrics of a cycle's panel stages, as admins define them. Criteria are added one at a time, so the weights
 * may total less than 100 while the rubric is being written (judges cannot score yet) but never more. Levels run
 * from 0 to 100 without gaps or overlaps. Once a judge has submitted in a stage its rubric is final, because
 * changing it would change scores already given. Every refusal changes nothing.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class RubricService {

	private final RubricRepository rubrics;

	private final SheetRepository sheets;

	private final CycleManagement cycles;

	/** Both stages' rubrics of the cycle, presentation first. */
	@Transactional(readOnly = true)
	public List<RubricView> rubrics(long cycleId) {
		cycles.cycle(cycleId);
		var found = rubrics.findByCycleId(cycleId);
		var result = new ArrayList<RubricView>();
		for (var stage : PanelStage.values()) {
			var locked = locked(cycleId, stage);
			result.add(found.stream()
				.filter(r -> r.getStage() == stage)
				.findFirst()
				.map(r -> RubricView.of(r, locked))
				.orElseGet(() -> RubricView.empty(cycleId, stage, locked)));
		}
		return result;
	}

	@Transactional(readOnly = true)
	public RubricView rubric(long cycleId, PanelStage stage) {
		cycles.cycle(cycleId);
		var locked = locked(cycleId, stage);
		return rubrics.findByCycleIdAndStage(cycleId, stage)
			.map(r -> RubricView.of(r, locked))
			.orElseGet(() -> RubricView.empty(cycleId, stage, locked));
	}

	/** Sets the rule combining the judges and the divergence threshold (0–100 points). */
	public void settings(long cycleId, PanelStage stage, PanelRule rule, int divergenceThreshold) {
		var rubric = editable(cycleId, stage, "rule");
		if (divergenceThreshold < 0 || divergenceThreshold > 100) {
			throw new BusinessException("divergenceThreshold", "panels.rubric.threshold.range");
		}
		rubric.settings(rule, divergenceThreshold);
	}

	/** Adds a criterion ({@code criterionId} null) or changes one. */
	public void saveCriterion(long cycleId, PanelStage stage, @Nullable Long criterionId, CriterionCommand command) {
		var rubric = editable(cycleId, stage, "code");
		var code = command.code().strip().toUpperCase(Locale.ROOT);
		var existing = criterionId == null ? null : find(rubric, criterionId);
		if (rubric.getCriteria().stream().anyMatch(c -> c != existing && c.getCode().equals(code))) {
			throw new BusinessException("code", "panels.criterion.duplicate", code);
		}
		if (command.weight() < 1 || command.weight() > 100) {
			throw new BusinessException("weight", "panels.criterion.weight.range");
		}
		var others = rubric.totalWeight() - (existing == null ? 0 : existing.getWeight());
		if (others + command.weight() > 100) {
			throw new BusinessException("weight", "panels.criterion.weight.tooHigh", others + command.weight(),
					100 - others);
		}
		checkLevels(command.levels());
		if (existing == null) {
			rubric.add(code, command.name().strip(), command.description(), command.weight(), command.levels());
		}
		else {
			existing.update(code, command.name().strip(), command.description(), command.weight(), command.levels());
		}
		rubrics.save(rubric);
	}

	public void deleteCriterion(long cycleId, PanelStage stage, long criterionId) {
		var rubric = editable(cycleId, stage, "code");
		rubric.remove(find(rubric, criterionId));
	}

	/**
	 * Defines a whole rubric at once, replacing any criteria it had: for loading a cycle programmatically (demo,
	 * earlier years). Same rules as the pages, and the weights must total exactly 100.
	 */
	public void define(long cycleId, PanelStage stage, PanelRule rule, int divergenceThreshold,
			List<CriterionCommand> criteria) {
		var rubric = editable(cycleId, stage, "rule");
		rubric.clear();
		rubrics.saveAndFlush(rubric);
		settings(cycleId, stage, rule, divergenceThreshold);
		for (var criterion : criteria) {
			saveCriterion(cycleId, stage, null, criterion);
		}
		var total = criteria.stream().mapToInt(CriterionCommand::weight).sum();
		if (total != 100) {
			throw new BusinessException("weight", "panels.rubric.weight.notHundred", total);
		}
	}

	/**
	 * Levels must read as a scale: numbered 1, 2, 3… from the lowest band, the first starting at 0, the last ending
	 * at 100, each band starting right after the one before (whole points), every level described.
	 */
	static void checkLevels(List<Level> levels) {
		if (levels.size() < 2) {
			throw new BusinessException("levels", "panels.criterion.levels.tooFew");
		}
		for (int i = 0; i < levels.size(); i++) {
			var level = levels.get(i);
			if (level.level() != i + 1) {
				throw new BusinessException("levels", "panels.criterion.levels.numbering", i + 1);
			}
			if (level.description() == null || level.description().isBlank()) {
				throw new BusinessException("levels", "panels.criterion.levels.description", level.level());
			}
			if (level.minScore() > level.maxScore()) {
				throw new BusinessException("levels", "panels.criterion.levels.band", level.level());
			}
			var expectedMin = i == 0 ? 0 : levels.get(i - 1).maxScore() + 1;
			if (level.minScore() != expectedMin) {
				throw new BusinessException("levels", "panels.criterion.levels.gap", level.level(), expectedMin);
			}
		}
		if (levels.get(levels.size() - 1).maxScore() != 100) {
			throw new BusinessException("levels", "panels.criterion.levels.top");
		}
	}

	boolean locked(long cycleId, PanelStage stage) {
		return sheets.existsByCycleIdAndStageAndSubmittedAtIsNotNull(cycleId, stage);
	}

	private Rubric editable(long cycleId, PanelStage stage, String field) {
		cycles.cycle(cycleId);
		if (locked(cycleId, stage)) {
			throw new BusinessException(field, "panels.rubric.locked");
		}
		return rubrics.findByCycleIdAndStage(cycleId, stage)
			.orElseGet(() -> rubrics.save(new Rubric(cycleId, stage)));
	}

	private static Criterion find(Rubric rubric, long criterionId) {
		return rubric.getCriteria()
			.stream()
			.filter(c -> c.getId() == criterionId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Criterion " + criterionId));
	}

}
