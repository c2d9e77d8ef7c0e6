package id.monevkip.assessment.panel;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** One criterion of a rubric: code, name, weight (percent) and its levels. */
@Entity
@Table(name = "panel_criterion")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Criterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Rubric rubric;

	private String code;

	private String name;

	private @Nullable String description;

	private int weight;

	private int position;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "panel_level", joinColumns = @JoinColumn(name = "criterion_id"))
	@OrderBy("level")
	private List<Level> levels = new ArrayList<>();

	Criterion(Rubric rubric, String code, String name, @Nullable String description, int weight, int position,
			List<Level> levels) {
		this.rubric = rubric;
		this.position = position;
		update(code, name, description, weight, levels);
	}

	void update(String code, String name, @Nullable String description, int weight, List<Level> levels) {
		this.code = code;
		this.name = name;
		this.description = description;
		this.weight = weight;
		this.levels.clear();
		this.levels.addAll(levels);
	}

}
