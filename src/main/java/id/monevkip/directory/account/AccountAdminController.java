package id.monevkip.directory.account;

import java.util.List;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' account list and the account form; the buttons on an account live next door. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/accounts")
class AccountAdminController {

	static final String LIST = "admin/accounts/list";

	static final String EDIT = "admin/accounts/edit";

	static final int PAGE_SIZE = 25;

	private final AccountService accounts;

	@InitBinder("form")
	void keepPasswordAsTyped(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, "password", new AsTypedEditor());
	}

	@ModelAttribute("allRoles")
	List<Role> allRoles() {
		return List.of(Role.values());
	}

	@ModelAttribute("statuses")
	List<AccountStatus> statuses() {
		return List.of(AccountStatus.values());
	}

	@GetMapping
	String list(@ModelAttribute("filter") AccountFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("accounts", accounts.search(filter, page, PAGE_SIZE));
		model.addAttribute("pageUrl", filter.url("/admin/accounts"));
		return LIST;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", AccountForm.empty());
		return EDIT;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return EDIT;
		}
		try {
			var created = accounts.create(form.toCommand());
			redirect.addAttribute("id", created.id());
			redirect.addFlashAttribute("message", "accounts.created");
			if (created.temporaryPassword() != null) {
				redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
			}
			return "redirect:/admin/accounts/{id}/edit";
		}
		catch (BusinessException e) {
			result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
			return EDIT;
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		var account = accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("form", AccountForm.from(account));
		return EDIT;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		// loaded first so that an unknown id answers 404 even when the form is invalid
		model.addAttribute("account", accounts.get(id));
		if (result.hasErrors()) {
			return EDIT;
		}
		try {
			accounts.update(id, form.toCommand(), form.expectedVersion(), user.accountId());
		}
		catch (BusinessException e) {
			result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
			return EDIT;
		}
		redirect.addFlashAttribute("message", "accounts.saved");
		return "redirect:/admin/accounts";
	}

}
