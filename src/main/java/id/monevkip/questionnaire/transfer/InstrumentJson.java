package id.monevkip.questionnaire.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.builder.IndicatorContent;
import id.monevkip.questionnaire.builder.QuestionContent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON format of an instrument ({@code format: "monev-kip-instrument/1"}), described in
 * {@code src/main/resources/instruments/README.md}. Reading checks everything and lists every problem with its
 * JSON path ({@code $.indicators[0].questions[2].answerType}); it never returns half an instrument.
 */
final class InstrumentJson {

	static final String FORMAT = "monev-kip-instrument/1";

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private InstrumentJson() {
	}

	static byte[] write(InstrumentDocument document) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("format", FORMAT);
		root.put("title", document.title());
		root.put("village", document.village());
		List<Object> indicators = new ArrayList<>();
		for (var indicator : document.indicators()) {
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("code", indicator.content().code());
			node.put("name", indicator.content().name());
			node.put("weight", indicator.content().weight().stripTrailingZeros());
			node.put("questions", indicator.questions().stream().map(InstrumentJson::question).toList());
			indicators.add(node);
		}
		root.put("indicators", indicators);
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
	}

	private static Map<String, Object> question(QuestionContent q) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("code", q.code());
		node.put("text", q.text());
		node.put("guidance", q.guidance());
		node.put("evidenceExample", q.evidenceExample());
		node.put("answerType", q.answerType().name());
		node.put("weight", q.weight().stripTrailingZeros());
		node.put("evidenceRequirement", q.evidenceRequirement().name());
		node.put("allOrNothing", q.allOrNothing());
		node.put("maxFileMb", q.maxFileMb());
		node.put("options", q.options().stream().map(o -> row("code", o.code(), "label", o.label(), "fraction", o.fraction())).toList());
		node.put("elements", q.elements().stream().map(e -> row("code", e.code(), "label", e.label(), "weight", e.weight())).toList());
		node.put("thresholds", q.thresholds().stream().map(t -> row("minimum", t.minimum(), "fraction", t.fraction())).toList());
		return node;
	}

	private static Map<String, Object> row(Object... pairs) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			Object value = pairs[i + 1];
			row.put((String) pairs[i], value instanceof BigDecimal number ? number.stripTrailingZeros() : value);
		}
		return row;
	}

	/** @throws ImportRefused listing every problem */
	static InstrumentDocument read(byte[] bytes) {
		JsonNode root;
		try {
			root = MAPPER.readTree(bytes);
		}
		catch (JacksonException e) {
			var location = e.getLocation();
			throw new ImportRefused(ImportProblem.at("$", "transfer.error.badJson",
					location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr()));
		}
		var in = new JsonFields(new ArrayList<>());
		if (root == null || !root.isObject()) {
			throw new ImportRefused(ImportProblem.at("$", "transfer.error.notAnInstrument"));
		}
		if (!FORMAT.equals(in.string(root, "$", "format", true))) {
			in.problems().add(ImportProblem.at("$.format", "transfer.error.format", FORMAT));
		}
		String title = in.string(root, "$", "title", true);
		boolean village = in.bool(root, "$", "village");
		List<InstrumentDocument.Indicator> indicators = new ArrayList<>();
		Set<String> indicatorCodes = new HashSet<>();
		Set<String> questionCodes = new HashSet<>();
		var indicatorNodes = in.array(root, "$", "indicators", true);
		for (int i = 0; i < indicatorNodes.size(); i++) {
			String path = "$.indicators[" + i + "]";
			JsonNode node = indicatorNodes.get(i);
			var content = new IndicatorContent(in.string(node, path, "code", true), in.string(node, path, "name", true),
					in.number(node, path, "weight", true, BigDecimal.ZERO));
			DocumentChecks.indicator(content, indicatorCodes, p -> ImportProblem.at(path + "." + p.where(), p.messageKey(),
					p.arguments().toArray()), in.problems());
			List<QuestionContent> questions = new ArrayList<>();
			var questionNodes = in.array(node, path, "questions", true);
			for (int q = 0; q < questionNodes.size(); q++) {
				String questionPath = path + ".questions[" + q + "]";
				var question = question(questionNodes.get(q), questionPath, in);
				if (question != null) {
					DocumentChecks.question(question, questionCodes, p -> ImportProblem.at(questionPath + "." + p.where(),
							p.messageKey(), p.arguments().toArray()), in.problems());
					questions.add(question);
				}
			}
			indicators.add(new InstrumentDocument.Indicator(content, questions));
		}
		if (!in.problems().isEmpty()) {
			throw new ImportRefused(in.problems());
		}
		return new InstrumentDocument(title, village, indicators);
	}

	private static QuestionContent question(JsonNode node, String path, JsonFields in) {
		int before = in.problems().size();
		String code = in.string(node, path, "code", true);
		String text = in.string(node, path, "text", true);
		var answerType = in.enumValue(node, path, "answerType", id.monevkip.questionnaire.scoring.AnswerType.class);
		var evidence = in.enumValue(node, path, "evidenceRequirement",
				id.monevkip.questionnaire.scoring.EvidenceRequirement.class);
		BigDecimal weight = in.number(node, path, "weight", true, BigDecimal.ZERO);
		BigDecimal maxFileMb = in.number(node, path, "maxFileMb", false,
				BigDecimal.valueOf(QuestionContent.DEFAULT_MAX_FILE_MB));
		List<QuestionView.Option> options = new ArrayList<>();
		var optionNodes = in.array(node, path, "options", false);
		for (int i = 0; i < optionNodes.size(); i++) {
			String rowPath = path + ".options[" + i + "]";
			options.add(new QuestionView.Option(in.string(optionNodes.get(i), rowPath, "code", true),
					in.string(optionNodes.get(i), rowPath, "label", true),
					in.number(optionNodes.get(i), rowPath, "fraction", true, BigDecimal.ZERO)));
		}
		List<QuestionView.Element> elements = new ArrayList<>();
		var elementNodes = in.array(node, path, "elements", false);
		for (int i = 0; i < elementNodes.size(); i++) {
			String rowPath = path + ".elements[" + i + "]";
			elements.add(new QuestionView.Element(in.string(elementNodes.get(i), rowPath, "code", true),
					in.string(elementNodes.get(i), rowPath, "label", true),
					in.number(elementNodes.get(i), rowPath, "weight", true, BigDecimal.ZERO)));
		}
		List<QuestionView.Threshold> thresholds = new ArrayList<>();
		var thresholdNodes = in.array(node, path, "thresholds", false);
		for (int i = 0; i < thresholdNodes.size(); i++) {
			String rowPath = path + ".thresholds[" + i + "]";
			thresholds.add(new QuestionView.Threshold(in.number(thresholdNodes.get(i), rowPath, "minimum", true, BigDecimal.ZERO),
					in.number(thresholdNodes.get(i), rowPath, "fraction", true, BigDecimal.ZERO)));
		}
		if (in.problems().size() > before || answerType == null || evidence == null) {
			return null;
		}
		return new QuestionContent(code, text, in.string(node, path, "guidance", false),
				in.string(node, path, "evidenceExample", false), answerType, weight, evidence,
				in.bool(node, path, "allOrNothing"), maxFileMb.intValue(), options, elements, thresholds);
	}

}
