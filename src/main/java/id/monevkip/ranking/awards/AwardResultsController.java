package id.monevkip.ranking.awards;

import java.util.List;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.cycle.ParticipantView;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
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
 * Rankings per award category with filters, the winners and the special awards: commissioners choose special
 * awards, admins read.
 */
@Controller
@RequiredArgsConstructor
class AwardResultsController {

	private final AwardResults results;

	private final SpecialAwards specials;

	private final AwardLock lock;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	@GetMapping({ "/commissioner/cycles/{cycleId}/awards", "/admin/cycles/{cycleId}/awards/results" })
	String page(@PathVariable long cycleId, @RequestParam(required = false) @Nullable Long award,
			@RequestParam(required = false) @Nullable String band, @RequestParam(required = false) @Nullable String regency,
			@RequestParam(required = false) @Nullable String page, HttpServletRequest request, Model model) {
		model.addAttribute("special", SpecialAwardForm.empty());
		return show(cycleId, award, RankingFilter.of(band, regency, page), Zone.of(request), model);
	}

	@PostMapping("/commissioner/cycles/{cycleId}/awards/special")
	String addSpecial(@PathVariable long cycleId, @ModelAttribute("special") SpecialAwardForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			var problems = specials.add(cycleId, form, user);
			if (problems.isEmpty()) {
				redirect.addFlashAttribute("message", "awards.special.added");
				redirect.addFlashAttribute("messageArgs", new Object[] { form.title() });
				return "redirect:/commissioner/cycles/" + cycleId + "/awards#special-awards";
			}
			problems.forEach(p -> result.rejectValue(p.field(), p.key(), p.args(), p.key()));
		}
		catch (BusinessException ex) {
			model.addAttribute("error", ex.messageKey());
		}
		return show(cycleId, null, RankingFilter.of(null, null, null), Zone.COMMISSIONER, model);
	}

	@PostMapping("/commissioner/cycles/{cycleId}/awards/special/{specialId}/delete")
	String removeSpecial(@PathVariable long cycleId, @PathVariable long specialId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			specials.remove(cycleId, specialId, user);
			redirect.addFlashAttribute("message", "awards.special.removed");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/commissioner/cycles/" + cycleId + "/awards#special-awards";
	}

	private String show(long cycleId, @Nullable Long awardId, RankingFilter filter, String zone, Model model) {
		var cycle = cycles.cycle(cycleId);
		var tables = results.tables(cycleId);
		var selected = tables.stream()
			.filter(t -> awardId == null || t.award().id() == awardId)
			.findFirst()
			.orElse(null);
		model.addAttribute("cycle", cycle);
		model.addAttribute("zone", zone);
		model.addAttribute("decree", results.decree(cycleId).orElse(null));
		model.addAttribute("tables", tables);
		model.addAttribute("selected", selected);
		model.addAttribute("filter", filter);
		model.addAttribute("rows", selected == null ? null : filter.apply(selected.lines()));
		model.addAttribute("bands", cycle.policy().bands());
		model.addAttribute("regencies", selected == null ? List.of() : regencies(selected));
		model.addAttribute("categoryNames", directory.categories().stream()
			.collect(java.util.stream.Collectors.toMap(CategoryView::id, CategoryView::name)));
		model.addAttribute("specials", specials.of(cycleId));
		model.addAttribute("locked", lock.locked(cycleId));
		model.addAttribute("canChoose", Zone.COMMISSIONER.equals(zone) && !lock.locked(cycleId));
		if (Zone.COMMISSIONER.equals(zone)) {
			var ids = cycles.participants(cycleId).stream().map(ParticipantView::bodyId).toList();
			model.addAttribute("participants", directory.bodies(ids).stream().map(b -> new Option(b.id(), b.name())).toList());
		}
		return "ranking/awards/results";
	}

	/** The regencies that appear in the ranking, for its filter. */
	private static List<Option> regencies(AwardTable table) {
		return table.lines()
			.stream()
			.filter(l -> l.regencyCode() != null)
			.map(l -> new Option(l.regencyCode(), l.regencyName()))
			.distinct()
			.sorted(java.util.Comparator.comparing(Option::label))
			.toList();
	}

	/** A value and label of a select. */
	public record Option(Object value, @Nullable String label) {
	}

}
