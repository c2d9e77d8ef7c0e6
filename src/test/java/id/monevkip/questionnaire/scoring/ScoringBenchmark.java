package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.ScoringPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A whole cycle's scoring in memory on one thread: 10,000 submissions to an instrument of 60 questions (six
 * indicators weighted 40/20/10/10/10/10, ten mixed-type items each). One benchmark operation is the whole
 * batch, so the score reads as "milliseconds per 10,000 submissions". See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class ScoringBenchmark {

	static final int SUBMISSIONS = 10_000;

	InstrumentSpec spec;

	List<List<Answer>> answers;

	List<Map<String, Verdict>> verdicts;

	List<StageScores> stages;

	ScoringPolicy policy;

	@Setup
	public void prepare() {
		var random = new Random(2025L);
		spec = RandomInstruments.instrument(random,
				List.of(bd("40"), bd("20"), bd("10"), bd("10"), bd("10"), bd("10")), 10);
		answers = new ArrayList<>(SUBMISSIONS);
		verdicts = new ArrayList<>(SUBMISSIONS);
		stages = new ArrayList<>(SUBMISSIONS);
		for (int i = 0; i < SUBMISSIONS; i++) {
			answers.add(RandomInstruments.answers(random, spec));
			verdicts.add(RandomInstruments.verdicts(random, spec));
			Map<ScoreStage, BigDecimal> scores = new EnumMap<>(ScoreStage.class);
			scores.put(ScoreStage.SAQ, BigDecimal.valueOf(random.nextInt(10_000), 2));
			scores.put(ScoreStage.VISITATION, BigDecimal.valueOf(random.nextInt(10_000), 2));
			stages.add(StageScores.of(scores));
		}
		policy = ScoringPolicy.of(Map.of(ScoreStage.SAQ, bd("80"), ScoreStage.VISITATION, bd("20")));
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

	/** The self-claimed SAQ of every submission. */
	@Benchmark
	public void selfScores(Blackhole blackhole) {
		for (List<Answer> submission : answers) {
			blackhole.consume(ScoringEngine.selfScore(spec, submission));
		}
	}

	/** The verified SAQ of every submission, with random verdicts. */
	@Benchmark
	public void verifiedScores(Blackhole blackhole) {
		for (int i = 0; i < SUBMISSIONS; i++) {
			blackhole.consume(ScoringEngine.verifiedScore(spec, answers.get(i), verdicts.get(i)));
		}
	}

	/** Final scores (80/20) and bands of every body, then one ranking of all of them in ten categories. */
	@Benchmark
	public void finalScoresAndRanking(Blackhole blackhole) {
		List<RankEntry> entries = new ArrayList<>(SUBMISSIONS);
		for (int i = 0; i < SUBMISSIONS; i++) {
			StageScores scores = stages.get(i);
			FinalScore result = ScoringEngine.finalScore(policy, scores, true);
			entries.add(new RankEntry(i, i % 10, result.rounded(), scores.get(ScoreStage.SAQ), null,
					scores.get(ScoreStage.VISITATION), null));
		}
		blackhole.consume(ScoringEngine.rank(policy, entries));
	}

}
