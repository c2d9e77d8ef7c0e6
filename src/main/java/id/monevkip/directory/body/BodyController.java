package id.monevkip.directory.body;

import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The read-only body pages of commissioners (every body) and coordinators (their own subtree). A body
 * outside the user's scope answers 404, exactly like one that does not exist.
 */
@Controller
@RequiredArgsConstructor
@RequestMapping("/bodies")
class BodyController {

	private final BodyService bodies;

	private final BodyChoices choices;

	@GetMapping
	String list(@ModelAttribute("filter") BodyFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("page", bodies.search(filter, page, size, user));
		model.addAttribute("choices", choices.forFilters());
		return "bodies/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("detail", bodies.visibleDetail(user, id));
		return "bodies/show";
	}

}
