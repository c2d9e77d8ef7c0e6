package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An exact fraction. Shares (1 of 3 elements) and the division by an indicator's item weights do not
 * terminate in decimal; keeping them as fractions and dividing once per reported number means no
 * intermediate rounding can tip a score across a rounding or band edge.
 */
record Ratio(BigDecimal numerator, BigDecimal denominator) {

	static final Ratio ZERO = new Ratio(BigDecimal.ZERO, BigDecimal.ONE);

	static final Ratio ONE = new Ratio(BigDecimal.ONE, BigDecimal.ONE);

	static Ratio of(BigDecimal value) {
		return new Ratio(value, BigDecimal.ONE);
	}

	Ratio plus(Ratio other) {
		if (denominator.compareTo(other.denominator) == 0) {
			return new Ratio(numerator.add(other.numerator), denominator);
		}
		if (other.denominator.compareTo(BigDecimal.ONE) == 0) {
			return new Ratio(numerator.add(other.numerator.multiply(denominator)), denominator);
		}
		return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	Ratio times(BigDecimal factor) {
		return new Ratio(numerator.multiply(factor), denominator);
	}

	Ratio dividedBy(BigDecimal divisor) {
		return new Ratio(numerator, denominator.multiply(divisor));
	}

	boolean isZero() {
		return numerator.signum() == 0;
	}

	/** 34 significant digits: exact for terminating values, far below any rounding edge otherwise. */
	BigDecimal toDecimal() {
		// most item scores are whole fractions (yes/no, options, thresholds): no division needed
		if (denominator.compareTo(BigDecimal.ONE) == 0) {
			return numerator;
		}
		return numerator.divide(denominator, MathContext.DECIMAL128);
	}

}
