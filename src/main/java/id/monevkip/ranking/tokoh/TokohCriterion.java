package id.monevkip.ranking.tokoh;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One criterion of a cycle's tokoh rubric; the weights of a cycle total 100. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class TokohCriterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private String code;

	private String name;

	private int weight;

	private int position;

	TokohCriterion(long cycleId, String code, String name, int weight, int position) {
		this.cycleId = cycleId;
		this.code = code;
		this.name = name;
		this.weight = weight;
		this.position = position;
	}

}
