package id.monevkip.cycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * A Monev cycle: Monev year X assesses year X-1. Its timetable and scoring policy can change until the SAQ
 * window opens; from then on the rules are fixed for everybody.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Cycle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int year;

	private int assessedYear;

	private String title;

	private long organiserBodyId;

	private @Nullable Long copiedFromId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "cycle_stage_window", joinColumns = @JoinColumn(name = "cycle_id"))
	private List<StageWindow> windows = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "cycle_band", joinColumns = @JoinColumn(name = "cycle_id"))
	private List<BandRow> bands = new ArrayList<>();

	private BigDecimal saqWeight;

	private BigDecimal presentationWeight;

	private BigDecimal visitationWeight;

	private BigDecimal websiteWeight;

	private @Nullable BigDecimal shortlistMinimum;

	private @Nullable Integer shortlistTop;

	@Enumerated(EnumType.STRING)
	private ShortlistRule.Combination shortlistCombination;

	@Enumerated(EnumType.STRING)
	private NonShortlistedScore nonShortlisted;

	private int scoreScale;

	@Enumerated(EnumType.STRING)
	private RoundingMode roundingMode;

	private String tieBreaks;

	@Version
	private long version;

	/** Whether respondents see the score they claim while filling the SAQ; the commission may hide it. */
	private boolean selfScoreVisible = true;

	/**
	 * Whether a link that could not be opened blocks sending. Off by default: a government website that is down must
	 * not stop a body from sending; the link goes out marked unreachable. A commission may make it blocking.
	 */
	private boolean brokenLinksBlock;

	private Instant createdAt;

	/**
	 * @throws CycleRuleException when the timetable or policy breaks a rule
	 */
	public Cycle(int year, String title, long organiserBodyId, List<StageWindow> windows, ScoringPolicy policy,
			Instant now) {
		this.year = year;
		this.assessedYear = year - 1;
		this.title = title;
		this.organiserBodyId = organiserBodyId;
		this.createdAt = now;
		applyTimetable(windows);
		applyPolicy(policy);
	}

	/** Next year's cycle: the same timetable a year later and the same policy, ready to be adjusted. */
	public Cycle copyForNextYear(String title, Instant now) {
		var next = new Cycle(year + 1, title, organiserBodyId, windows.stream().map(w -> w.shiftedByYears(1)).toList(),
				policy(), now);
		next.copiedFromId = id;
		next.selfScoreVisible = selfScoreVisible;
		next.brokenLinksBlock = brokenLinksBlock;
		return next;
	}

	/** Shows or hides the self-claimed score; allowed at any time because it changes no score. */
	public void showSelfScore(boolean visible) {
		this.selfScoreVisible = visible;
	}

	/**
	 * Makes unreachable links block sending, or not. A rule of sending, so like the timetable it is fixed once the SAQ
	 * window has opened: bodies already filling must not find the rule changed under them.
	 */
	public void blockBrokenLinks(boolean block, Instant now) {
		if (block != brokenLinksBlock && id != null && saqHasOpened(now)) {
			throw new CycleRuleException(new PolicyProblem("brokenLinksBlock", "cycle.locked"));
		}
		this.brokenLinksBlock = block;
	}

	public ScoringPolicy policy() {
		var weights = new EnumMap<ScoreStage, BigDecimal>(ScoreStage.class);
		weights.put(ScoreStage.SAQ, saqWeight);
		weights.put(ScoreStage.PRESENTATION, presentationWeight);
		weights.put(ScoreStage.VISITATION, visitationWeight);
		weights.put(ScoreStage.WEBSITE, websiteWeight);
		var tieBreakList = tieBreaks.isBlank() ? List.<TieBreak>of()
				: Arrays.stream(tieBreaks.split(",")).map(TieBreak::valueOf).toList();
		return new ScoringPolicy(weights, new ShortlistRule(shortlistMinimum, shortlistTop, shortlistCombination),
				nonShortlisted, bands.stream().map(BandRow::toBand).toList(), scoreScale, roundingMode, tieBreakList);
	}

	/** Changes title, timetable and policy together, or nothing: refused once the SAQ window has opened. */
	public void revise(String title, List<StageWindow> windows, ScoringPolicy policy, Instant now) {
		if (saqHasOpened(now)) {
			throw new CycleRuleException(new PolicyProblem("stages", "cycle.locked"));
		}
		var problems = new ArrayList<>(Timetable.problems(windows));
		problems.addAll(policy.problems());
		if (!problems.isEmpty()) {
			throw new CycleRuleException(problems);
		}
		this.title = title;
		applyTimetable(windows);
		applyPolicy(policy);
	}

	public Optional<StageWindow> window(Stage stage) {
		return windows.stream().filter(w -> w.getStage() == stage).findFirst();
	}

	/** The stages open at this instant, in stage order (windows may overlap). */
	public List<Stage> openStages(Instant now) {
		return windows.stream()
			.filter(w -> w.isOpenAt(now))
			.map(StageWindow::getStage)
			.sorted(Comparator.naturalOrder())
			.toList();
	}

	/** The most advanced open stage, if any stage is open. */
	public Optional<Stage> currentStage(Instant now) {
		var open = openStages(now);
		return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1));
	}

	public boolean saqHasOpened(Instant now) {
		return window(Stage.SAQ).map(w -> !now.isBefore(w.getOpensAt())).orElse(false);
	}

	private void applyTimetable(List<StageWindow> newWindows) {
		var problems = Timetable.problems(newWindows);
		if (!problems.isEmpty()) {
			throw new CycleRuleException(problems);
		}
		windows.clear();
		windows.addAll(newWindows.stream().sorted(Comparator.comparing(StageWindow::getStage)).toList());
	}

	private void applyPolicy(ScoringPolicy policy) {
		var problems = policy.problems();
		if (!problems.isEmpty()) {
			throw new CycleRuleException(problems);
		}
		saqWeight = policy.weightOf(ScoreStage.SAQ);
		presentationWeight = policy.weightOf(ScoreStage.PRESENTATION);
		visitationWeight = policy.weightOf(ScoreStage.VISITATION);
		websiteWeight = policy.weightOf(ScoreStage.WEBSITE);
		shortlistMinimum = policy.shortlist().minimumScore();
		shortlistTop = policy.shortlist().topPerCategory();
		shortlistCombination = policy.shortlist().combination();
		nonShortlisted = policy.nonShortlisted();
		scoreScale = policy.scale();
		roundingMode = policy.roundingMode();
		tieBreaks = String.join(",", policy.tieBreaks().stream().map(Enum::name).toList());
		bands.clear();
		bands.addAll(policy.bands().stream().map(BandRow::of).toList());
	}

}
