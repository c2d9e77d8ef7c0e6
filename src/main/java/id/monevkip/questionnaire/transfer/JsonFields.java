package id.monevkip.questionnaire.transfer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Reads typed fields from JSON objects, noting a problem with its path instead of failing. */
record JsonFields(List<ImportProblem> problems) {

	@Nullable String string(JsonNode parent, String path, String field, boolean required) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			if (required) {
				problems.add(ImportProblem.at(path + "." + field, "transfer.error.missing"));
			}
			return null;
		}
		if (!node.isString()) {
			problems.add(ImportProblem.at(path + "." + field, "transfer.error.notText"));
			return null;
		}
		String value = node.stringValue().strip();
		return value.isEmpty() ? null : value;
	}

	BigDecimal number(JsonNode parent, String path, String field, boolean required, BigDecimal fallback) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			if (required) {
				problems.add(ImportProblem.at(path + "." + field, "transfer.error.missing"));
			}
			return fallback;
		}
		if (!node.isNumber()) {
			problems.add(ImportProblem.at(path + "." + field, "transfer.error.notNumber"));
			return fallback;
		}
		return node.decimalValue();
	}

	boolean bool(JsonNode parent, String path, String field) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			return false;
		}
		if (!node.isBoolean()) {
			problems.add(ImportProblem.at(path + "." + field, "transfer.error.notBoolean"));
			return false;
		}
		return node.booleanValue();
	}

	<E extends Enum<E>> @Nullable E enumValue(JsonNode parent, String path, String field, Class<E> type) {
		String value = string(parent, path, field, true);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException unknown) {
			problems.add(ImportProblem.at(path + "." + field, "transfer.error.unknownValue", value,
					String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
			return null;
		}
	}

	/** An array field; a missing optional one is empty, anything else that is not an array is a problem. */
	JsonNode array(JsonNode parent, String path, String field, boolean required) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			if (required) {
				problems.add(ImportProblem.at(path + "." + field, "transfer.error.missing"));
			}
			return JsonNodeFactory.instance.arrayNode();
		}
		if (!node.isArray()) {
			problems.add(ImportProblem.at(path + "." + field, "transfer.error.notList"));
			return JsonNodeFactory.instance.arrayNode();
		}
		for (int i = 0; i < node.size(); i++) {
			if (!node.get(i).isObject()) {
				problems.add(ImportProblem.at(path + "." + field + "[" + i + "]", "transfer.error.notObject"));
				return JsonNodeFactory.instance.arrayNode();
			}
		}
		return node;
	}

}
