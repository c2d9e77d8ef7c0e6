package id.monevkip.assessment.session;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's session pages of a cycle: the list by date, scheduling and rescheduling. */
@Controller
@RequiredArgsConstructor
class SessionAdminController {

	private final SessionService sessions;

	private final CycleManagement cycles;

	@GetMapping("/admin/cycles/{cycleId}/sessions")
	String list(@PathVariable long cycleId, @AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("cycle", cycles.cycle(cycleId));
		model.addAttribute("sessions", sessions.list(cycleId, admin));
		model.addAttribute("admin", true);
		return "session/list";
	}

	@GetMapping("/admin/cycles/{cycleId}/sessions/new")
	String create(@PathVariable long cycleId, Model model) {
		model.addAttribute("form", ScheduleForm.empty());
		return page(cycleId, null, model);
	}

	@GetMapping("/admin/cycles/{cycleId}/sessions/{sessionId}/edit")
	String edit(@PathVariable long cycleId, @PathVariable long sessionId, @AuthenticationPrincipal CurrentUser admin,
			Model model) {
		model.addAttribute("form", ScheduleForm.from(sessions.session(sessionId, admin)));
		return page(cycleId, sessionId, model);
	}

	@PostMapping({ "/admin/cycles/{cycleId}/sessions", "/admin/cycles/{cycleId}/sessions/{sessionId}/edit" })
	String save(@PathVariable long cycleId, @PathVariable(required = false) @Nullable Long sessionId,
			@Valid @ModelAttribute("form") ScheduleForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id;
				if (sessionId == null) {
					id = sessions.schedule(cycleId, form.toCommand(), admin);
				}
				else {
					sessions.reschedule(cycleId, sessionId, form.toCommand(), admin);
					id = sessionId;
				}
				redirect.addFlashAttribute("message", "sessions.saved");
				return "redirect:/assessment/sessions/" + id;
			}
			catch (BusinessException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return page(cycleId, sessionId, model);
	}

	private String page(long cycleId, @Nullable Long sessionId, Model model) {
		model.addAttribute("cycle", cycles.cycle(cycleId));
		model.addAttribute("sessionId", sessionId);
		model.addAttribute("bodies", sessions.schedulable(cycleId));
		model.addAttribute("kinds", SessionKind.values());
		return "session/edit";
	}

}
