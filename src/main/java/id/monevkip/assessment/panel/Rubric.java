package id.monevkip.assessment.panel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.monevkip.questionnaire.scoring.PanelCriterion;
import id.monevkip.questionnaire.scoring.PanelRule;
import id.monevkip.questionnaire.scoring.PanelSpec;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The rubric of one scored stage of a cycle: its criteria, the rule that combines the judges and the threshold
 * above which judges are said to diverge. Judges can score only once the weights total 100.
 */
@Entity
@Table(name = "panel_rubric")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Rubric {

	/** Default divergence threshold, in points of a judge's total. */
	public static final int DEFAULT_THRESHOLD = 15;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	@Enumerated(EnumType.STRING)
	private PanelStage stage;

	@Enumerated(EnumType.STRING)
	private PanelRule rule;

	private int divergenceThreshold;

	@Version
	private long version;

	@OneToMany(mappedBy = "rubric", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position, id")
	private List<Criterion> criteria = new ArrayList<>();

	Rubric(long cycleId, PanelStage stage) {
		this.cycleId = cycleId;
		this.stage = stage;
		this.rule = PanelRule.MEAN;
		this.divergenceThreshold = DEFAULT_THRESHOLD;
	}

	void settings(PanelRule rule, int divergenceThreshold) {
		this.rule = rule;
		this.divergenceThreshold = divergenceThreshold;
	}

	Criterion add(String code, String name, String description, int weight, List<Level> levels) {
		var position = criteria.stream().mapToInt(Criterion::getPosition).max().orElse(0) + 1;
		var criterion = new Criterion(this, code, name, description, weight, position, levels);
		criteria.add(criterion);
		return criterion;
	}

	void remove(Criterion criterion) {
		criteria.remove(criterion);
	}

	void clear() {
		criteria.clear();
	}

	public int totalWeight() {
		return criteria.stream().mapToInt(Criterion::getWeight).sum();
	}

	/** Judges can score: there are criteria and their weights total 100. */
	public boolean ready() {
		return !criteria.isEmpty() && totalWeight() == 100;
	}

	PanelSpec spec() {
		return new PanelSpec(criteria.stream().map(c -> new PanelCriterion(c.getCode(), c.getWeight())).toList(), rule,
				BigDecimal.valueOf(divergenceThreshold));
	}

}
