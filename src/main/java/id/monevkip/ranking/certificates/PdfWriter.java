package id.monevkip.ranking.certificates;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.pdf.ITextRenderer;

import lombok.RequiredArgsConstructor;

/**
 * Renders Thymeleaf templates (well-formed XHTML with print CSS) into PDF with Flying Saucer. Several documents go
 * into one PDF one after the other, so that a category's certificates are laid out and written one at a time.
 */
@Component
@RequiredArgsConstructor
class PdfWriter {

	/** Documents are printed in Indonesian: a piagam and a rapor are official papers of the commission. */
	static final Locale PRINT = Locale.forLanguageTag("id");

	private final ITemplateEngine templates;

	String html(String template, Map<String, Object> model) {
		return templates.process(template, new Context(PRINT, model));
	}

	void write(String template, Iterator<Map<String, Object>> models, OutputStream out) {
		var renderer = new ITextRenderer();
		boolean first = true;
		while (models.hasNext()) {
			renderer.setDocumentFromString(html(template, models.next()));
			renderer.layout();
			if (first) {
				renderer.createPDF(out, false);
				first = false;
			}
			else {
				renderer.writeNextDocument();
			}
		}
		if (!first) {
			renderer.finishPDF();
		}
	}

}
