package id.monevkip.cycle.web;

import java.util.Map;

import id.monevkip.cycle.CycleRuleException;
import id.monevkip.cycle.PolicyProblem;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.TieBreak;
import id.monevkip.shared.BusinessException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;

/**
 * Puts the problems a cycle rule found on the form: each on the form field its section starts with, with
 * stage, score stage and band arguments translated, so that "SAQ before Registrasi" reads in the user's
 * language.
 */
final class RuleErrors {

	private static final Map<String, String> FIELDS = Map.of("stages", "windows", "weights", "saqWeight",
			"shortlist", "shortlistTop", "scale", "scale", "tieBreaks", "tieBreak1", "bands", "bands");

	private RuleErrors() {
	}

	static void reject(BindingResult result, CycleRuleException refused) {
		for (PolicyProblem problem : refused.problems()) {
			Object[] arguments = problem.arguments().stream().map(RuleErrors::translatable).toArray();
			String field = FIELDS.get(problem.field());
			if (field == null || problem.messageKey().equals("cycle.locked")) {
				result.reject(problem.messageKey(), arguments, problem.messageKey());
			}
			else {
				result.rejectValue(field, problem.messageKey(), arguments, problem.messageKey());
			}
		}
	}

	/**
	 * Dates and numbers travel as text, so only a hand-edited choice (a stage or rule that does not exist) can
	 * leave the form unbuilt; that is a bad request, answered by the 400 page.
	 */
	static void requireBuilt(BindingResult result) throws BindException {
		if (result.getTarget() == null) {
			throw new BindException(result);
		}
	}

	static void reject(BindingResult result, BusinessException refused) {
		result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), refused.messageKey());
	}

	private static Object translatable(Object argument) {
		if (argument instanceof Stage stage) {
			return new DefaultMessageSourceResolvable("stage." + stage.name());
		}
		if (argument instanceof ScoreStage stage) {
			return new DefaultMessageSourceResolvable("scoreStage." + stage.name());
		}
		if (argument instanceof TieBreak tieBreak) {
			return new DefaultMessageSourceResolvable("tieBreak." + tieBreak.name());
		}
		if (argument instanceof String code && code.matches("[A-Z_]+")) {
			// Band codes: the five default bands have names; a band the admin coded otherwise shows its code.
			return new DefaultMessageSourceResolvable(new String[] { "band." + code }, code);
		}
		return argument;
	}

}
