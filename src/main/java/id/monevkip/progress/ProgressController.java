package id.monevkip.progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * The progress board and a body's answers, once per zone: the URL decides the scope (a coordinator's subtree or
 * every participant), the security zones decide who may open it. The downloads give the board's rows with the same
 * filters and order, without pages. Reminders go to the unsent bodies of the board's filters or to one body; the
 * area in their URL picks the zone, and the security zones still decide who may post there.
 */
@Controller
@RequiredArgsConstructor
class ProgressController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ProgressBoard boards;

	private final BoardDownloads downloads;

	private final Reminders reminders;

	private final MessageSource messages;

	@GetMapping("/coordinator/progress")
	String coordinator(@ModelAttribute("filter") ProgressFilter filter, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		model.addAttribute("reminder", ReminderForm.from(messages, locale));
		return board(Zone.COORDINATOR, filter, user, model);
	}

	@GetMapping("/admin/progress")
	String admin(@ModelAttribute("filter") ProgressFilter filter, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		model.addAttribute("reminder", ReminderForm.from(messages, locale));
		return board(Zone.ADMIN, filter, user, model);
	}

	@GetMapping("/commissioner/progress")
	String commissioner(@ModelAttribute("filter") ProgressFilter filter, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		model.addAttribute("reminder", ReminderForm.from(messages, locale));
		return board(Zone.COMMISSIONER, filter, user, model);
	}

	@GetMapping("/coordinator/progress/export.{format:csv|xlsx}")
	void coordinatorExport(@PathVariable String format, @ModelAttribute("filter") ProgressFilter filter,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		export(Zone.COORDINATOR, format, filter, user, locale, response);
	}

	@GetMapping("/admin/progress/export.{format:csv|xlsx}")
	void adminExport(@PathVariable String format, @ModelAttribute("filter") ProgressFilter filter,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		export(Zone.ADMIN, format, filter, user, locale, response);
	}

	@GetMapping("/commissioner/progress/export.{format:csv|xlsx}")
	void commissionerExport(@PathVariable String format, @ModelAttribute("filter") ProgressFilter filter,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		export(Zone.COMMISSIONER, format, filter, user, locale, response);
	}

	@GetMapping("/coordinator/progress/bodies/{bodyId}")
	String coordinatorBody(@PathVariable long bodyId, @RequestParam(required = false) @Nullable String cycle,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		return body(Zone.COORDINATOR, bodyId, cycle, user, locale, model);
	}

	@GetMapping("/admin/progress/bodies/{bodyId}")
	String adminBody(@PathVariable long bodyId, @RequestParam(required = false) @Nullable String cycle,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		return body(Zone.ADMIN, bodyId, cycle, user, locale, model);
	}

	@GetMapping("/commissioner/progress/bodies/{bodyId}")
	String commissionerBody(@PathVariable long bodyId, @RequestParam(required = false) @Nullable String cycle,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		return body(Zone.COMMISSIONER, bodyId, cycle, user, locale, model);
	}

	@PostMapping("/{area:coordinator|admin|commissioner}/progress/reminders")
	String remindUnsent(@PathVariable String area, @ModelAttribute("filter") ProgressFilter filter,
			@Valid @ModelAttribute("reminder") ReminderForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		var zone = Zone.valueOf(area.toUpperCase(Locale.ROOT));
		if (!result.hasErrors()) {
			try {
				flash(redirect, reminders.toUnsent(user, zone, filter, form.toCommand(), locale));
				return "redirect:" + filter.url(zone.path());
			}
			catch (BusinessException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return board(zone, filter, user, model);
	}

	@PostMapping("/{area:coordinator|admin|commissioner}/progress/bodies/{bodyId}/reminders")
	String remindBody(@PathVariable String area, @PathVariable long bodyId,
			@Valid @ModelAttribute("reminder") ReminderForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		var zone = Zone.valueOf(area.toUpperCase(Locale.ROOT));
		if (!result.hasErrors()) {
			try {
				flash(redirect, reminders.toBody(user, zone, bodyId, form.toCommand(), locale));
				return "redirect:" + zone.path() + "/bodies/" + bodyId;
			}
			catch (BusinessException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return body(zone, bodyId, null, user, locale, model);
	}

	private static void flash(RedirectAttributes redirect, ReminderResult sent) {
		redirect.addFlashAttribute("message", "progress.reminder.sent");
		redirect.addFlashAttribute("messageArgs",
				new Object[] { sent.bodies(), sent.recipients(), sent.withoutRespondent() });
	}

	private String board(Zone zone, ProgressFilter filter, CurrentUser user, Model model) {
		model.addAttribute("board", boards.board(user, zone, filter));
		model.addAttribute("base", zone.path());
		return "progress/board";
	}

	/**
	 * Writes the download straight to the response in the request's thread: the rows are read first (one
	 * transaction), then the file is streamed out, 100 rows in memory at a time for Excel. (An asynchronous
	 * {@code StreamingResponseBody} gained nothing here and raced with the security filters' header writing.)
	 */
	private void export(Zone zone, String format, ProgressFilter filter, CurrentUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		var export = boards.export(user, zone, filter);
		var excel = format.equals("xlsx");
		response.setContentType((excel ? XLSX : CSV).toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(export.fileName(format)).build().toString());
		(excel ? downloads.xlsx(export, locale) : downloads.csv(export, locale)).writeTo(response.getOutputStream());
	}

	private String body(Zone zone, long bodyId, @Nullable String cycle, CurrentUser user, Locale locale, Model model) {
		model.addAttribute("sheet", boards.body(user, zone, bodyId, cycle, messages.getMessage("progress.answer.yes", null, locale),
				messages.getMessage("progress.answer.no", null, locale),
				messages.getMessage("progress.answer.none", null, locale)));
		model.addAttribute("mailLog", reminders.log(bodyId));
		if (!model.containsAttribute("reminder")) {
			model.addAttribute("reminder", ReminderForm.from(messages, locale));
		}
		model.addAttribute("base", zone.path());
		return "progress/body";
	}

}
