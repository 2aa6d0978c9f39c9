package org.chanjiao.curation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.chanjiao.organization.CommunityForm;
import org.chanjiao.organization.FieldRules;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.PartnershipKind;
import org.chanjiao.organization.RecognitionLevel;
import org.chanjiao.organization.RecognitionStage;
import org.chanjiao.organization.RelationStatus;
import org.chanjiao.organization.RelationType;
import org.chanjiao.system.InvalidInputException.Violation;

/**
 * Turns a mutation's raw input into node properties, collecting every broken rule with
 * the field it concerns, so that a curator sees all problems of one input at once.
 */
final class CurationInput {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");

	private static final Pattern MODEL = Pattern.compile("[^-\\s|]+(-[^-\\s|]+)*");

	private static final int MAX_TEXT = 2000;

	final List<Violation> violations = new ArrayList<>();

	/** Evidence items whose documents must exist or be created, with their field path. */
	final List<EvidenceItem> evidence = new ArrayList<>();

	record EvidenceItem(String field, String documentId, String quote, String title, String publisher, Integer year) {
	}

	void violation(String field, String rule, String message) {
		this.violations.add(new Violation(field, rule, message));
	}

	/**
	 * The organisation properties of the fields present in {@code input}; a field present
	 * with null maps to null (to be removed).
	 * @param kind the kind the organisation will have
	 */
	Map<String, Object> organization(Map<String, Object> input, OrgKind kind, boolean creating) {
		Map<String, Object> properties = new java.util.LinkedHashMap<>();
		if (creating || input.containsKey("name")) {
			String name = text("input.name", input.get("name"), 200);
			if (name == null) {
				violation("input.name", "required", "a name is required");
			}
			properties.put("name", name);
		}
		for (String field : List.of("nameEn", "region")) {
			if (input.containsKey(field)) {
				properties.put(field, text("input." + field, input.get(field), 300));
			}
		}
		if (input.containsKey("description")) {
			properties.put("description", text("input.description", input.get("description"), MAX_TEXT));
		}
		for (String field : List.of("aliases", "honours")) {
			if (input.containsKey(field)) {
				properties.put(field, texts("input." + field, input.get(field)));
			}
		}
		if (input.containsKey("founded")) {
			Integer founded = (Integer) input.get("founded");
			FieldRules.checkYear(founded).ifPresent((m) -> violation("input.founded", "year", m));
			properties.put("founded", founded);
		}
		if (input.containsKey("identifiers")) {
			properties.put("identifiers", identifiers(input.get("identifiers")));
		}
		if (input.containsKey("form")) {
			Object form = input.get("form");
			if (form != null && kind != OrgKind.COMMUNITY) {
				violation("input.form", "form-kind", "only a COMMUNITY has a form; this organisation is " + kind);
			}
			properties.put("form", (form != null) ? CommunityForm.valueOf(form.toString()).name() : null);
		}
		if (input.containsKey("declaredModel")) {
			String model = text("input.declaredModel", input.get("declaredModel"), 100);
			if (model != null && !MODEL.matcher(model).matches()) {
				violation("input.declaredModel", "model", "'" + model + "' is not a model such as 政-校-行-企");
			}
			properties.put("declaredModel", model);
		}
		if (input.containsKey("declaredModelEvidence")) {
			List<String> sources = new ArrayList<>();
			List<String> quotes = new ArrayList<>();
			Object items = input.get("declaredModelEvidence");
			if (items instanceof List<?> list) {
				for (int i = 0; i < list.size(); i++) {
					EvidenceItem item = evidence("input.declaredModelEvidence[" + i + "]", list.get(i));
					if (item != null) {
						sources.add(item.documentId());
						quotes.add(item.quote());
					}
				}
			}
			properties.put("declaredModelSources", sources.isEmpty() ? null : sources);
			properties.put("declaredModelEvidence", quotes.isEmpty() ? null : quotes);
		}
		return properties;
	}

	/** Reads one evidence input and remembers it for the document check. */
	@SuppressWarnings("unchecked")
	EvidenceItem evidence(String field, Object raw) {
		Map<String, Object> map = (Map<String, Object>) raw;
		String documentId = text(field + ".documentId", map.get("documentId"), 128);
		String quote = text(field + ".quote", map.get("quote"), MAX_TEXT);
		if (documentId == null || !ID.matcher(documentId).matches()) {
			violation(field + ".documentId", "id", "a document id of letters, digits, . _ ~ - is required");
			return null;
		}
		if (quote == null) {
			violation(field + ".quote", "required", "the quote is required: the exact words of the source");
			return null;
		}
		if (quote.contains("|")) {
			violation(field + ".quote", "characters", "must not contain '|', the interchange list separator");
			return null;
		}
		Integer year = (Integer) map.get("year");
		FieldRules.checkYear(year).ifPresent((m) -> violation(field + ".year", "year", m));
		EvidenceItem item = new EvidenceItem(field, documentId, quote,
				text(field + ".documentTitle", map.get("documentTitle"), 300),
				text(field + ".publisher", map.get("publisher"), 300), year);
		this.evidence.add(item);
		return item;
	}

	@SuppressWarnings("unchecked")
	private List<String> identifiers(Object raw) {
		if (raw == null) {
			return null;
		}
		Set<String> identifiers = new LinkedHashSet<>();
		List<Object> items = (List<Object>) raw;
		for (int i = 0; i < items.size(); i++) {
			Map<String, Object> item = (Map<String, Object>) items.get(i);
			String scheme = (item.get("scheme") != null) ? item.get("scheme").toString().strip() : null;
			String value = (item.get("value") != null) ? item.get("value").toString().strip() : null;
			String field = "input.identifiers[" + i + "]";
			FieldRules.checkIdentifier(scheme, value)
				.ifPresentOrElse((m) -> violation(field, rule(scheme), m), () -> identifiers.add(scheme + ":" + value));
		}
		return identifiers.isEmpty() ? null : List.copyOf(identifiers);
	}

	private static String rule(String scheme) {
		return "USCC".equals(scheme) ? "uscc" : "MOE".equals(scheme) ? "moe" : "identifier";
	}

	/**
	 * A trimmed, NFC-normalised text, or null for null or blank; '|' is refused (the list
	 * separator).
	 */
	String text(String field, Object raw, int max) {
		if (raw == null) {
			return null;
		}
		String text = Normalizer.normalize(raw.toString(), Normalizer.Form.NFC).strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > max) {
			violation(field, "length", "must be at most " + max + " characters (got " + text.length() + ")");
		}
		if (!isWellFormed(text)) {
			violation(field, "characters",
					"must be well-formed text: no NUL or other control characters, unpaired surrogates or non-characters");
		}
		return text;
	}

	/**
	 * Text a name or quote may hold: no control characters (but tab and line breaks), no
	 * broken UTF-16.
	 */
	static boolean isWellFormed(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
					|| (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
				return false;
			}
		}
		return true;
	}

	private List<String> texts(String field, Object raw) {
		if (raw == null) {
			return null;
		}
		Set<String> items = new LinkedHashSet<>();
		List<?> list = (List<?>) raw;
		for (int i = 0; i < list.size(); i++) {
			String item = text(field + "[" + i + "]", list.get(i), 300);
			if (item == null) {
				violation(field + "[" + i + "]", "required", "must not be empty");
			}
			else if (item.contains("|")) {
				violation(field + "[" + i + "]", "characters", "must not contain '|', the interchange list separator");
			}
			else {
				items.add(item);
			}
		}
		return items.isEmpty() ? null : List.copyOf(items);
	}

	// --- relationships

	/**
	 * Reads and checks the fields of a relationship's input that its type allows (years,
	 * status, and the kind, title, level and stage of the types that have them) into
	 * {@code properties}.
	 */
	static void relationFields(CurationInput reader, RelationType type, Map<String, Object> input,
			Map<String, Object> properties) {
		for (String year : List.of("since", "until")) {
			Integer value = (Integer) input.get(year);
			FieldRules.checkYear(value).ifPresent((m) -> reader.violation("input." + year, "year", m));
			properties.put(year, value);
		}
		Integer since = (Integer) input.get("since");
		Integer until = (Integer) input.get("until");
		if (since != null && until != null && since > until) {
			reader.violation("input.until", "since-until", "until " + until + " is before since " + since);
		}
		Object status = input.get("status");
		properties.put("status", (status != null) ? RelationStatus.valueOf(status.toString()).name()
				: (input.containsKey("status") ? null : RelationStatus.ASSERTED.name()));
		if (input.containsKey("status") && status == null) {
			reader.violation("input.status", "required", "status cannot be cleared");
		}
		String kind = reader.text("input.kind", input.get("kind"), 64);
		String title = reader.text("input.title", input.get("title"), 300);
		String level = reader.text("input.level", input.get("level"), 64);
		String stage = reader.text("input.stage", input.get("stage"), 64);
		onlyFor(reader, type, RelationType.PARTNERS_WITH, "kind", kind);
		onlyFor(reader, type, RelationType.RECOGNIZED, "title", title);
		onlyFor(reader, type, RelationType.RECOGNIZED, "level", level);
		onlyFor(reader, type, RelationType.RECOGNIZED, "stage", stage);
		checkEnum(reader, "input.kind", kind, PartnershipKind.class);
		checkEnum(reader, "input.level", level, RecognitionLevel.class);
		checkEnum(reader, "input.stage", stage, RecognitionStage.class);
		if (type == RelationType.PARTNERS_WITH) {
			properties.put("kind", (kind != null) ? kind : PartnershipKind.OTHER.name());
		}
		if (type == RelationType.RECOGNIZED) {
			properties.put("title", title);
			properties.put("level", level);
			properties.put("stage", stage);
		}
	}

	static void requireTitle(CurationInput reader, RelationType type, Map<String, Object> properties) {
		if (type == RelationType.RECOGNIZED && properties.get("title") == null) {
			reader.violation("input.title", "required", "a RECOGNIZED relation needs the title it confers");
		}
	}

	private static void onlyFor(CurationInput reader, RelationType type, RelationType owner, String field,
			Object value) {
		if (value != null && type != owner) {
			reader.violation("input." + field, "type", "only a " + owner + " relation has a " + field);
		}
	}

	private static <E extends Enum<E>> void checkEnum(CurationInput reader, String field, String value, Class<E> type) {
		if (value != null && Arrays.stream(type.getEnumConstants()).noneMatch((e) -> e.name().equals(value))) {
			reader.violation(field, "enum",
					"'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

}
