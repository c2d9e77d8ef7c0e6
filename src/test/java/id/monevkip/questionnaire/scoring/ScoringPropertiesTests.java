package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over 500 random instruments (1–8 indicators with decimal weights totalling 100, 1–12 items of
 * every type), answers and verdicts. Each case has its own seed, so a failure names the seed to replay.
 */
class ScoringPropertiesTests {

	static final long SEED = 20_251_127L;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static Stream<Arguments> seeds() {
		return IntStream.range(0, 500).mapToObj(i -> Arguments.of(SEED + i));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void saqStaysBetweenZeroAndHundred(long seed) {
		var random = new Random(seed);
		InstrumentSpec spec = RandomInstruments.instrument(random);
		assertThat(spec.problems()).isEmpty();
		SaqScore score = ScoringEngine.selfScore(spec, RandomInstruments.answers(random, spec));
		assertThat(score.total()).isBetween(BigDecimal.ZERO, HUNDRED);
		assertThat(score.items().values()).allSatisfy(item -> assertThat(item).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
		for (IndicatorSpec indicator : spec.indicators()) {
			assertThat(score.indicators().get(indicator.code())).isBetween(BigDecimal.ZERO, indicator.weight());
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void verifiedNeverExceedsSelfClaimed(long seed) {
		var random = new Random(seed);
		InstrumentSpec spec = RandomInstruments.instrument(random);
		var answers = RandomInstruments.answers(random, spec);
		Map<String, Verdict> verdicts = RandomInstruments.verdicts(random, spec);
		SaqScore self = ScoringEngine.selfScore(spec, answers);
		SaqScore verified = ScoringEngine.verifiedScore(spec, answers, verdicts);
		assertThat(verified.total()).isBetween(BigDecimal.ZERO, self.total());
		verified.indicators()
			.forEach((code, value) -> assertThat(value).isLessThanOrEqualTo(self.indicators().get(code)));
		verified.items().forEach((code, value) -> assertThat(value)
			.isEqualByComparingTo(verdicts.get(code) == Verdict.ACCEPTED ? self.items().get(code) : BigDecimal.ZERO));
	}

}
