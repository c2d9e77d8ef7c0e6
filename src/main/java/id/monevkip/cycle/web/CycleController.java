package id.monevkip.cycle.web;

import java.time.Clock;

import id.monevkip.shared.BusinessException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cycle list, one cycle's calendar, and copying a cycle to the next year. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/cycles")
class CycleController {

	private final CycleService cycles;

	private final Clock clock;

	@GetMapping
	String list(Model model) {
		model.addAttribute("cycles", cycles.list());
		return "admin/cycles/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		var cycle = cycles.get(id);
		var now = clock.instant();
		model.addAttribute("cycle", cycle);
		model.addAttribute("locked", cycles.locked(id));
		model.addAttribute("calendar", CycleCalendar.of(cycle, now, cycles.currentStage(id)));
		return "admin/cycles/show";
	}

	@PostMapping("/{id}/self-score")
	String selfScore(@PathVariable long id, @RequestParam boolean visible, RedirectAttributes redirect) {
		cycles.showSelfScore(id, visible);
		redirect.addFlashAttribute("message", visible ? "cycles.selfScore.shown" : "cycles.selfScore.hidden");
		return "redirect:/admin/cycles/" + id;
	}

	@PostMapping("/{id}/copy")
	String copy(@PathVariable long id, RedirectAttributes redirect) {
		try {
			long copy = cycles.copyToNextYear(id);
			redirect.addFlashAttribute("message", "cycles.copied");
			return "redirect:/admin/cycles/" + copy + "/edit";
		}
		catch (BusinessException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArgs", refused.arguments());
			return "redirect:/admin/cycles/" + id;
		}
	}

}
