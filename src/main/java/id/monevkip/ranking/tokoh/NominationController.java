package id.monevkip.ranking.tokoh;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The nomination form, for admins (any nomination of any cycle) and coordinators (their own, in their current
 * cycle). A refused form comes back with what was typed; files have to be chosen again (browsers never keep them).
 */
@Controller
@RequiredArgsConstructor
class NominationController {

	private final Nominations nominations;

	private final Rounds rounds;

	private final CycleManagement cycles;

	@GetMapping("/coordinator/tokoh")
	String coordinatorList(@AuthenticationPrincipal CurrentUser user, Model model) {
		var cycle = coordinatorCycle(user);
		model.addAttribute("cycle", cycle.orElse(null));
		model.addAttribute("open", cycle.map(c -> open(c.id())).orElse(false));
		model.addAttribute("nominations", cycle.map(c -> nominations.list(c.id(), user)).orElse(List.of()));
		return "ranking/tokoh/coordinator";
	}

	@GetMapping("/coordinator/tokoh/new")
	String coordinatorNew(@AuthenticationPrincipal CurrentUser user, Model model) {
		var cycle = coordinatorCycle(user).orElseThrow(() -> new NotFoundException("Cycle of " + user.accountId()));
		return form(model, cycle, null, NominationForm.empty(), "/coordinator/tokoh", "/coordinator/tokoh");
	}

	@PostMapping("/coordinator/tokoh")
	String coordinatorCreate(@Valid @ModelAttribute("form") NominationForm form, BindingResult result,
			@RequestParam(required = false) @Nullable List<MultipartFile> files, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) throws IOException {
		var cycle = coordinatorCycle(user).orElseThrow(() -> new NotFoundException("Cycle of " + user.accountId()));
		return create(cycle, form, result, files, user, model, redirect, "/coordinator/tokoh", "/coordinator/tokoh");
	}

	@GetMapping("/coordinator/tokoh/{id}")
	String coordinatorEdit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var nomination = nominations.forEdit(id, user);
		return form(model, cycles.cycle(nomination.cycleId()), nomination, NominationForm.of(nomination),
				"/coordinator/tokoh/" + id, "/coordinator/tokoh");
	}

	@PostMapping("/coordinator/tokoh/{id}")
	String coordinatorUpdate(@PathVariable long id, @Valid @ModelAttribute("form") NominationForm form,
			BindingResult result, @RequestParam(required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		return update(id, form, result, files, user, model, redirect, "/coordinator/tokoh/" + id, "/coordinator/tokoh");
	}

	@GetMapping("/admin/cycles/{cycleId}/tokoh/nominations/new")
	String adminNew(@PathVariable long cycleId, Model model) {
		var back = "/admin/cycles/" + cycleId + "/tokoh";
		return form(model, cycles.cycle(cycleId), null, NominationForm.empty(), back + "/nominations", back);
	}

	@PostMapping("/admin/cycles/{cycleId}/tokoh/nominations")
	String adminCreate(@PathVariable long cycleId, @Valid @ModelAttribute("form") NominationForm form,
			BindingResult result, @RequestParam(required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		var back = "/admin/cycles/" + cycleId + "/tokoh";
		return create(cycles.cycle(cycleId), form, result, files, user, model, redirect, back + "/nominations", back);
	}

	@GetMapping("/admin/tokoh/nominations/{id}")
	String adminEdit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var nomination = nominations.forEdit(id, user);
		return form(model, cycles.cycle(nomination.cycleId()), nomination, NominationForm.of(nomination),
				"/admin/tokoh/nominations/" + id, "/admin/cycles/" + nomination.cycleId() + "/tokoh");
	}

	@PostMapping("/admin/tokoh/nominations/{id}")
	String adminUpdate(@PathVariable long id, @Valid @ModelAttribute("form") NominationForm form, BindingResult result,
			@RequestParam(required = false) @Nullable List<MultipartFile> files, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) throws IOException {
		var cycleId = nominations.forEdit(id, user).cycleId();
		return update(id, form, result, files, user, model, redirect, "/admin/tokoh/nominations/" + id,
				"/admin/cycles/" + cycleId + "/tokoh");
	}

	private String create(CycleView cycle, NominationForm form, BindingResult result, @Nullable List<MultipartFile> files,
			CurrentUser user, Model model, RedirectAttributes redirect, String action, String back) throws IOException {
		if (!result.hasErrors()) {
			try {
				nominations.nominate(cycle.id(), form, uploads(files), user);
				redirect.addFlashAttribute("message", "tokoh.nomination.saved");
				return "redirect:" + back;
			}
			catch (BusinessException ex) {
				reject(result, ex);
			}
		}
		return form(model, cycle, null, form, action, back);
	}

	private String update(long id, NominationForm form, BindingResult result, @Nullable List<MultipartFile> files,
			CurrentUser user, Model model, RedirectAttributes redirect, String action, String back) throws IOException {
		var nomination = nominations.forEdit(id, user);
		if (!result.hasErrors()) {
			try {
				nominations.update(id, form, uploads(files), user);
				redirect.addFlashAttribute("message", "tokoh.nomination.saved");
				return "redirect:" + back;
			}
			catch (BusinessException ex) {
				reject(result, ex);
			}
		}
		return form(model, cycles.cycle(nomination.cycleId()), nomination, form, action, back);
	}

	private String form(Model model, CycleView cycle, @Nullable NominationView nomination, NominationForm form,
			String action, String back) {
		model.addAttribute("cycle", cycle);
		model.addAttribute("nomination", nomination);
		model.addAttribute("form", form);
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		model.addAttribute("open", open(cycle.id()));
		model.addAttribute("downloadBase", action.startsWith("/admin") ? "/admin/tokoh/documents/" : "/coordinator/tokoh/documents/");
		return "ranking/tokoh/nomination";
	}

	private boolean open(long cycleId) {
		return rounds.round(cycleId).nominationsOpen() && !rounds.published(cycleId);
	}

	private Optional<CycleView> coordinatorCycle(CurrentUser user) {
		var bodyId = user.bodyId();
		return bodyId == null ? cycles.current() : cycles.currentFor(bodyId).or(cycles::current);
	}

	private static void reject(BindingResult result, BusinessException ex) {
		// "files" is no property of the form: a refused document is a message of the whole form
		if (ex.field() == null || ex.field().isEmpty() || ex.field().equals("files")) {
			result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

	private static List<Nominations.Upload> uploads(@Nullable List<MultipartFile> files) throws IOException {
		var result = new ArrayList<Nominations.Upload>();
		for (var file : files == null ? List.<MultipartFile>of() : files) {
			if (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())) {
				var name = file.getOriginalFilename() == null ? "dokumen" : file.getOriginalFilename();
				result.add(new Nominations.Upload(name, file.getBytes()));
			}
		}
		return result;
	}

}
