package id.monevkip.ranking.certificates;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/**
 * The public check of a certificate code (the QR code on the piagam points here). It shows what the certificate
 * states and whether a later decree version superseded it; an unknown code reveals nothing but that it is unknown.
 */
@Controller
@RequiredArgsConstructor
class CertificateCheckController {

	private final Certificates certificates;

	@GetMapping("/verifikasi")
	String form(@RequestParam(required = false) @Nullable String kode, Model model, HttpServletResponse response) {
		if (kode == null || kode.isBlank()) {
			return "ranking/certificates/verification";
		}
		return lookUp(kode, model, response);
	}

	@GetMapping("/verifikasi/{kode}")
	String lookUp(@PathVariable String kode, Model model, HttpServletResponse response) {
		String code = CertificateCodes.normalise(kode);
		var found = code == null ? java.util.Optional.<Certificates.Verified>empty() : certificates.verify(code);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("notFound", true);
			model.addAttribute("typed", kode.length() > 40 ? kode.substring(0, 40) : kode);
		}
		else {
			model.addAttribute("v", found.get());
		}
		return "ranking/certificates/verification";
	}

}
