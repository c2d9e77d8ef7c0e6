package id.monevkip.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template shows hard-coded words: visible text comes from the message bundles (th:text and friends),
 * so that both languages are complete. Prototype text inside an element whose content Thymeleaf replaces is
 * fine; so are numbers, punctuation and the product name.
 */
class TemplateTextTests {

	static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

	static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label", "value");

	static Stream<Path> templates() throws IOException {
		try (var files = Files.walk(Path.of("src/main/resources/templates"))) {
			return files.filter(p -> p.toString().endsWith(".html")).toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("templates")
	void visibleTextComesFromMessages(Path template) throws IOException {
		assertThat(problemsIn(Files.readString(template))).as("hard-coded text in %s", template).isEmpty();
	}

	@Test
	void detectsHardCodedWordsAndAttributes() {
		assertThat(problemsIn("<div th:fragment=\"x\"><p>Simpan</p><input placeholder=\"Cari\"></div>")).hasSize(2);
		assertThat(problemsIn("<div><p th:text=\"#{a}\">Simpan</p><p th:remove=\"all\">Contoh</p><b>12 / 3</b></div>"))
			.isEmpty();
	}

	static List<String> problemsIn(String html) {
		var document = Jsoup.parse(html, "", Parser.xmlParser());
		List<String> problems = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			if (isReplaced(element)) {
				continue;
			}
			for (TextNode text : element.textNodes()) {
				String words = text.text().replaceAll("e-Monev KIP", "").strip();
				if (words.matches(".*\\p{L}.*") && !words.startsWith("/*") && !isScript(element)) {
					problems.add("<" + element.tagName() + "> " + words);
				}
			}
			for (String attribute : TEXT_ATTRIBUTES) {
				String value = element.attr(attribute);
				if (value.matches(".*\\p{L}.*") && !(attribute.equals("value") && !isButtonLike(element))) {
					problems.add("<" + element.tagName() + " " + attribute + "=\"" + value + "\">");
				}
			}
		}
		return problems;
	}

	/** Thymeleaf replaces this element's body, or removes the element: its prototype text never shows. */
	private static boolean isReplaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : REPLACING) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
			if (e.hasAttr("th:remove") && !e.attr("th:remove").equals("tag")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isScript(Element element) {
		return element.tagName().equals("script") || element.tagName().equals("style");
	}

	private static boolean isButtonLike(Element element) {
		String type = element.attr("type");
		return element.tagName().equals("input") && (type.equals("submit") || type.equals("button"));
	}

}
