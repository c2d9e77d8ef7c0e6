package id.monevkip.ranking.certificates;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.ranking.publication.Publications;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;

/**
 * The public page of one body's result of a published year, without login: its figures in the decree in force,
 * its indicator scores and its results over the years. Before that year is published there is no such page.
 */
@Controller
@RequiredArgsConstructor
class BodyPageController {

	private final Publications publications;

	private final DirectoryManagement directory;

	private final BodyFigureService figures;

	@GetMapping("/hasil/{tahun:\\d{4}}/badan/{kode}")
	String page(@PathVariable int tahun, @PathVariable String kode, Model model) {
		var publication = publications.publishedYear(tahun).orElseThrow(() -> new NotFoundException("year " + tahun));
		var body = directory.bodyByCode(kode).orElseThrow(() -> new NotFoundException("body " + kode));
		model.addAttribute("f", figures.publicPage(publication.cycleId(), body.id()));
		model.addAttribute("publication", publication);
		return "public/body";
	}

}
