package id.monevkip.guidance.web;

import id.monevkip.guidance.internal.Publisher;
import id.monevkip.guidance.internal.Publishing;
import id.monevkip.guidance.internal.Zone;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/** What the publishing pages share: the publisher of a request, the list to go back to and the form's addresses. */
final class Areas {

	/** The path pattern of both publishing areas; the security zones decide who may use each. */
	static final String AREA = "/{area:admin|coordinator}/guidance";

	private Areas() {
	}

	static Publisher publisher(Publishing publishing, CurrentUser user, Zone zone, @Nullable Long cycle) {
		return publishing.publisher(user, zone, cycle)
			.orElseThrow(() -> new NotFoundException("No cycle to publish in for " + user.accountId()));
	}

	/** The list of the area; in the admin area in the given cycle. */
	static String list(Zone zone, long cycleId) {
		return zone == Zone.ADMIN ? zone.path() + "?cycle=" + cycleId : zone.path();
	}

	static String redirect(Zone zone, long cycleId) {
		return "redirect:" + list(zone, cycleId);
	}

	/** Fills what every form page needs: where it posts, where "back" goes, and whether it edits. */
	static void form(Model model, String action, String back, boolean editing) {
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		model.addAttribute("editing", editing);
	}

}
