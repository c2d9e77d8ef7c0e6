package id.monevkip.ranking.open;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public result pages, without login: the published years and one year's ranking. A year that is not published
 * answers 404 with a page listing the years that are, so nothing unpublished is ever shown or even confirmed.
 * A path that is not a four-digit year does not match and gets the ordinary 404 page.
 */
@Controller
@RequiredArgsConstructor
class OpenResultsController {

	private final OpenResults results;

	@GetMapping("/hasil")
	String years(Model model) {
		model.addAttribute("years", results.years());
		return "public/years";
	}

	@GetMapping("/hasil/{tahun:\\d{4}}")
	ModelAndView year(@PathVariable int tahun, @RequestParam(required = false) @Nullable String q,
			@RequestParam(name = "kategori", required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String page) {
		var published = results.year(tahun);
		if (published.isEmpty()) {
			return notPublished(tahun, results.years());
		}
		var query = RankingQuery.of(q, category, page);
		var view = new ModelAndView("public/year");
		view.addObject("results", published.get());
		view.addObject("query", query);
		view.addObject("ranking", query.apply(published.get()));
		view.addObject("url", UriComponentsBuilder.fromPath("/hasil/" + tahun)
			.queryParamIfPresent("q", Optional.ofNullable(query.q()))
			.queryParamIfPresent("kategori", Optional.ofNullable(query.categoryId()))
			.encode()
			.build()
			.toUriString());
		return view;
	}

	/** A year without published results: a 404 that points to the years that have them. */
	static ModelAndView notPublished(int year, List<Integer> years) {
		var page = new ModelAndView("public/not-published");
		page.setStatus(HttpStatus.NOT_FOUND);
		page.addObject("year", year);
		page.addObject("years", years);
		return page;
	}

}
