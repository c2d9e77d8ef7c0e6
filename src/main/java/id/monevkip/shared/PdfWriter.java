package id.monevkip.shared;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.pdf.ITextRenderer;

import lombok.RequiredArgsConstructor;

/**
 * Renders Thymeleaf templates (well-formed XHTML with print CSS) into PDF with Flying Saucer (on OpenPDF). Several
 * documents go into one PDF one after the other, so that a category's certificates are laid out and written one at a
 * time. Every PDF the application writes from a template (piagam, rapor, receipt of a submission) goes through here.
 */
@Component
@RequiredArgsConstructor
public class PdfWriter {

	/** Documents are printed in Indonesian: a piagam, a rapor and a receipt are official papers of the commission. */
	public static final Locale PRINT = Locale.forLanguageTag("id");

	private final ITemplateEngine templates;

	public String html(String template, Map<String, Object> model) {
		return templates.process(template, new Context(PRINT, model));
	}

	public void write(String template, Iterator<Map<String, Object>> models, OutputStream out) {
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

	/** One document. */
	public void write(String template, Map<String, Object> model, OutputStream out) {
		write(template, List.of(model).iterator(), out);
	}

}
