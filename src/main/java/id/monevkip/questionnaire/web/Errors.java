package id.monevkip.questionnaire.web;

import id.monevkip.questionnaire.builder.InstrumentRuleException;
import id.monevkip.shared.BusinessException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the builder's refusals reach the page: on a form field, or as a flash message after a redirect. */
final class Errors {

	private Errors() {
	}

	static void reject(BindingResult result, BusinessException refused) {
		if (refused.field() == null || !result.getTarget().getClass().isRecord() || !hasField(result, refused.field())) {
			result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		else {
			result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), refused.messageKey());
		}
	}

	static void flash(RedirectAttributes redirect, BusinessException refused) {
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArgs", refused.arguments());
	}

	static void flash(RedirectAttributes redirect, InstrumentRuleException refused) {
		redirect.addFlashAttribute("error", "instrument.error.publishRefused");
		redirect.addFlashAttribute("problems", refused.problems());
	}

	private static boolean hasField(BindingResult result, String field) {
		for (var component : result.getTarget().getClass().getRecordComponents()) {
			if (component.getName().equals(field)) {
				return true;
			}
		}
		return false;
	}

}
