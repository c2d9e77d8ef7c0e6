package id.monevkip.assessment.results;

import id.monevkip.assessment.ledger.Actor;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The decree (SK penetapan) of a cycle's results: its versions, each version's table and two versions side by
 * side for commissioners and admins; issuing and correcting for commissioners only (their URL zone).
 */
@Controller
@RequiredArgsConstructor
class DecreeController {

	private final Decrees decrees;

	private final ResultPages pages;

	@GetMapping({ "/commissioner/cycles/{cycleId}/decrees", "/admin/cycles/{cycleId}/decrees" })
	String list(@PathVariable long cycleId, HttpServletRequest request, Model model) {
		model.addAttribute("decree", DecreeForm.empty());
		return show(cycleId, ResultsController.zone(request), model);
	}

	@PostMapping("/commissioner/cycles/{cycleId}/decrees")
	String issue(@PathVariable long cycleId, @Valid @ModelAttribute("decree") DecreeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var issued = decrees.issue(cycleId, form.number(), form.date(), form.note(), Actor.of(user));
				return done(cycleId, issued.version(), issued.number(), redirect);
			}
			catch (BusinessException ex) {
				reject(result, ex);
			}
		}
		return show(cycleId, "/commissioner", model);
	}

	@PostMapping("/commissioner/cycles/{cycleId}/decrees/corrections")
	String correct(@PathVariable long cycleId, @Valid @ModelAttribute("decree") DecreeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var issued = decrees.correct(cycleId, form.number(), form.date(), form.reason(), form.note(),
						Actor.of(user));
				return done(cycleId, issued.version(), issued.number(), redirect);
			}
			catch (BusinessException ex) {
				reject(result, ex);
			}
		}
		return show(cycleId, "/commissioner", model);
	}

	@GetMapping({ "/commissioner/cycles/{cycleId}/decrees/{version:\\d+}", "/admin/cycles/{cycleId}/decrees/{version:\\d+}" })
	String version(@PathVariable long cycleId, @PathVariable int version,
			@RequestParam(required = false) @Nullable String category, @RequestParam(required = false) @Nullable String band,
			@RequestParam(required = false) @Nullable String page, HttpServletRequest request, Model model) {
		var filter = ResultFilter.of(category, band, page);
		model.addAttribute("table", pages.decree(cycleId, version, filter));
		model.addAttribute("ignored", filter.ignored());
		model.addAttribute("zone", ResultsController.zone(request));
		return "results/table";
	}

	@GetMapping({ "/commissioner/cycles/{cycleId}/decrees/compare", "/admin/cycles/{cycleId}/decrees/compare" })
	String compare(@PathVariable long cycleId, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String only,
			@RequestParam(required = false) @Nullable String page, HttpServletRequest request, Model model) {
		var filter = ResultFilter.of(null, null, page);
		model.addAttribute("comparison", pages.compare(cycleId, number(from), number(to), "true".equals(only), filter.page()));
		model.addAttribute("zone", ResultsController.zone(request));
		return "results/compare";
	}

	private String show(long cycleId, String zone, Model model) {
		model.addAttribute("decrees", pages.decrees(cycleId));
		model.addAttribute("zone", zone);
		model.addAttribute("canIssue", "/commissioner".equals(zone));
		return "results/decrees";
	}

	private static String done(long cycleId, int version, String number, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", version == 1 ? "results.decree.issued" : "results.decree.corrected");
		redirect.addFlashAttribute("messageArgs", new Object[] { number, version });
		return "redirect:/commissioner/cycles/" + cycleId + "/decrees/" + version;
	}

	private static void reject(BindingResult result, BusinessException ex) {
		if (ex.field().isEmpty()) {
			result.reject(ex.messageKey(), ex.arguments(), null);
		}
		else {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
	}

	/** A version number from the address bar; anything else means "the default". */
	private static @Nullable Integer number(@Nullable String value) {
		return value != null && value.strip().matches("\\d{1,6}") ? Integer.valueOf(value.strip()) : null;
	}

}
