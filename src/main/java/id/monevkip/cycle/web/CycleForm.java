package id.monevkip.cycle.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import id.monevkip.cycle.Band;
import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.NonShortlistedScore;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.ScoringPolicy;
import id.monevkip.cycle.ShortlistRule;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.TieBreak;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The create/edit form of a cycle: title, organiser, one row per stage (times in WITA) and the scoring
 * policy. Holds whatever was typed, valid or not, so that the page can show it back with its errors.
 */
record CycleForm(
		@NotBlank(message = "{cycles.validation.required}") @Pattern(regexp = "\\d{4}",
				message = "{cycles.validation.year}") @Min(value = 2000, message = "{cycles.validation.year}") @Max(
						value = 2100, message = "{cycles.validation.year}") @Nullable String year,
		@NotBlank(message = "{cycles.validation.required}") @Size(max = 200,
				message = "{cycles.validation.tooLong}") @Nullable String title,
		@NotBlank(message = "{cycles.validation.required}") @Nullable String organiserCode,
		@Valid @Nullable List<WindowForm> windows,
		@NotBlank(message = "{cycles.validation.required}") @Pattern(regexp = FormText.DECIMAL,
				message = "{cycles.validation.number}") @DecimalMax(value = "100",
						message = "{cycles.validation.weight}") @Nullable String saqWeight,
		@NotBlank(message = "{cycles.validation.required}") @Pattern(regexp = FormText.DECIMAL,
				message = "{cycles.validation.number}") @DecimalMax(value = "100",
						message = "{cycles.validation.weight}") @Nullable String presentationWeight,
		@NotBlank(message = "{cycles.validation.required}") @Pattern(regexp = FormText.DECIMAL,
				message = "{cycles.validation.number}") @DecimalMax(value = "100",
						message = "{cycles.validation.weight}") @Nullable String visitationWeight,
		@NotBlank(message = "{cycles.validation.required}") @Pattern(regexp = FormText.DECIMAL,
				message = "{cycles.validation.number}") @DecimalMax(value = "100",
						message = "{cycles.validation.weight}") @Nullable String websiteWeight,
		@Pattern(regexp = FormText.DECIMAL, message = "{cycles.validation.number}") @DecimalMax(value = "100",
				message = "{cycles.validation.weight}") @Nullable String shortlistMinimum,
		@Pattern(regexp = FormText.WHOLE, message = "{cycles.validation.top}") @Min(value = 1,
				message = "{cycles.validation.top}") @Nullable String shortlistTop,
		@NotNull(message = "{cycles.validation.required}") ShortlistRule.@Nullable Combination shortlistCombination,
		@NotNull(message = "{cycles.validation.required}") @Nullable NonShortlistedScore nonShortlisted,
		@Valid @Nullable List<BandForm> bands,
		@NotBlank(message = "{cycles.validation.required}") @Pattern(regexp = "\\d",
				message = "{cycles.validation.scale}") @Max(value = 4,
						message = "{cycles.validation.scale}") @Nullable String scale,
		@NotNull(message = "{cycles.validation.required}") @Nullable RoundingMode roundingMode,
		@Nullable TieBreak tieBreak1, @Nullable TieBreak tieBreak2, @Nullable TieBreak tieBreak3,
		@Nullable TieBreak tieBreak4, @Nullable Boolean brokenLinksBlock, long version) {

	/** The rounding modes offered: the ones a commission could mean by "pembulatan". */
	static final List<RoundingMode> ROUNDING_MODES = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
			RoundingMode.DOWN, RoundingMode.UP);

	/** Blank rows fill up to one per stage, in stage order, so the page always shows all of them. */
	CycleForm {
		var byStage = new EnumMap<Stage, WindowForm>(Stage.class);
		if (windows != null) {
			windows.stream().filter(Objects::nonNull).forEach(w -> byStage.put(w.stage(), w));
		}
		windows = Arrays.stream(Stage.values())
			.map(stage -> byStage.getOrDefault(stage, new WindowForm(stage, null, null)))
			.toList();
		bands = bands == null ? List.of() : bands.stream().filter(Objects::nonNull).toList();
		saqWeight = FormText.decimal(saqWeight);
		presentationWeight = FormText.decimal(presentationWeight);
		visitationWeight = FormText.decimal(visitationWeight);
		websiteWeight = FormText.decimal(websiteWeight);
		shortlistMinimum = FormText.decimal(shortlistMinimum);
	}

	static CycleForm empty(int year, @Nullable String organiserCode) {
		return new CycleForm(String.valueOf(year), null, organiserCode, List.of(), "100", "0", "0", "0", null, null,
				ShortlistRule.Combination.ANY, NonShortlistedScore.VERIFIED_SAQ,
				Band.DEFAULTS.stream().map(BandForm::of).toList(), "2", RoundingMode.HALF_UP, null, null, null, null, false, 0);
	}

	static CycleForm from(CycleView cycle, String organiserCode) {
		var policy = cycle.policy();
		var tieBreaks = new ArrayList<@Nullable TieBreak>(policy.tieBreaks());
		while (tieBreaks.size() < 4) {
			tieBreaks.add(null);
		}
		var windows = cycle.windows().stream().map(WindowForm::of).toList();
		return new CycleForm(String.valueOf(cycle.year()), cycle.title(), organiserCode, windows,
				FormText.text(policy.weightOf(ScoreStage.SAQ)), FormText.text(policy.weightOf(ScoreStage.PRESENTATION)),
				FormText.text(policy.weightOf(ScoreStage.VISITATION)), FormText.text(policy.weightOf(ScoreStage.WEBSITE)),
				FormText.text(policy.shortlist().minimumScore()), FormText.text(policy.shortlist().topPerCategory()),
				policy.shortlist().combination(), policy.nonShortlisted(),
				policy.bands().stream().map(BandForm::of).toList(), String.valueOf(policy.scale()), policy.roundingMode(),
				tieBreaks.get(0), tieBreaks.get(1), tieBreaks.get(2), tieBreaks.get(3), cycle.brokenLinksBlock(),
				cycle.version());
	}

	/** Only called after validation, when the required fields are present. */
	SaveCycle toCommand() {
		var weights = new EnumMap<ScoreStage, BigDecimal>(ScoreStage.class);
		weights.put(ScoreStage.SAQ, FormText.toDecimal(saqWeight));
		weights.put(ScoreStage.PRESENTATION, FormText.toDecimal(presentationWeight));
		weights.put(ScoreStage.VISITATION, FormText.toDecimal(visitationWeight));
		weights.put(ScoreStage.WEBSITE, FormText.toDecimal(websiteWeight));
		var chain = Stream.of(tieBreak1, tieBreak2, tieBreak3, tieBreak4).filter(Objects::nonNull).toList();
		var policy = new ScoringPolicy(weights,
				new ShortlistRule(FormText.toDecimal(shortlistMinimum), FormText.toWhole(shortlistTop),
						shortlistCombination),
				nonShortlisted, bands.stream().map(BandForm::toBand).toList(), FormText.toWhole(scale), roundingMode,
				chain);
		return new SaveCycle(FormText.toWhole(year), title, organiserCode,
				windows.stream().filter(WindowForm::used).map(WindowForm::toWindow).toList(), policy,
				Boolean.TRUE.equals(brokenLinksBlock));
	}

}
