package cn.govsite.content.item;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.web.BilingualValidationMessages;

/**
 * Reads and checks the typed part of an item at the edge: the type's fields (JSON into
 * its record, then bean validation and the rules between fields) and the resource
 * references. Every problem is reported at once, with paths like
 * {@code fields.materials[0].name}. Plain Java, so the rules are unit-tested without
 * Spring.
 */
public final class ItemTypes {

	private static final ValidatorFactory VALIDATORS = Validation.buildDefaultValidatorFactory();

	/** One shared reader: it holds no state beyond its JSON mapper and validator. */
	public static final ItemTypes STANDARD = new ItemTypes();

	private final JsonMapper json;

	private final Validator validator = VALIDATORS.getValidator();

	public ItemTypes() {
		this(JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			// an absent flag (interpretationRequired, required…) means false
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build());
	}

	ItemTypes(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The typed content of a request: {@code type} by code or label (ARTICLE when
	 * absent), {@code fields} as that type requires, attachments valid references.
	 */
	public TypedContent read(String type, JsonNode fields, List<ResourceRef> attachments, LocalDate occurredOn) {
		List<FieldViolation> problems = new ArrayList<>();
		ContentType contentType = (type == null || type.isBlank()) ? ContentType.ARTICLE
				: ContentType.parse(type).orElse(null);
		if (contentType == null) {
			problems.add(new FieldViolation("type", Message.of("未知的信息类型：" + type, "Unknown content type: " + type)));
			throw invalid(problems);
		}
		TypeFields typed = fields(contentType, fields, problems);
		if (attachments != null) {
			for (int i = 0; i < attachments.size(); i++) {
				ResourceRef ref = attachments.get(i);
				if (ref == null) {
					problems.add(new FieldViolation("attachments[" + i + "]",
							Message.of("附件引用不能为空", "An attachment reference may not be null")));
					continue;
				}
				validate(ref, "attachments[" + i + "].", problems);
			}
		}
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		return new TypedContent(contentType, typed, attachments, occurredOn);
	}

	private TypeFields fields(ContentType type, JsonNode fields, List<FieldViolation> problems) {
		boolean absent = fields == null || fields.isNull() || (fields.isObject() && fields.isEmpty());
		if (absent && type == ContentType.ARTICLE) {
			return null;
		}
		if (fields != null && !fields.isNull() && !fields.isObject()) {
			problems.add(new FieldViolation("fields", Message.of("fields 须为对象", "fields must be an object")));
			return null;
		}
		TypeFields typed;
		try {
			typed = this.json.treeToValue(absent ? this.json.createObjectNode() : fields, type.fieldsClass());
		}
		catch (DatabindException ex) {
			problems.add(new FieldViolation("fields" + path(ex),
					Message.of("字段无法识别或取值不正确", "Unknown field or value of the wrong kind")));
			return null;
		}
		catch (JacksonException ex) {
			problems.add(new FieldViolation("fields", Message.of("fields 格式不正确", "fields is malformed")));
			return null;
		}
		validate(typed, "fields.", problems);
		rules(typed, problems);
		return typed;
	}

	/** Rules between fields that annotations cannot say. */
	private static void rules(TypeFields typed, List<FieldViolation> problems) {
		if (typed instanceof PolicyDocumentFields document) {
			if (document.writtenOn() != null && document.publishedOn() != null
					&& document.publishedOn().isBefore(document.writtenOn())) {
				problems.add(new FieldViolation("fields.publishedOn",
						Message.of("发布日期不能早于成文日期", "The publication date cannot precede the date written")));
			}
			if (document.validity() == PolicyDocumentFields.Validity.VALID && document.validityChangedOn() != null) {
				problems.add(new FieldViolation("fields.validityChangedOn",
						Message.of("有效的文件没有修改或废止日期", "A valid document has no date of amendment or abolition")));
			}
		}
		if (typed instanceof ServiceGuideFields guide && guide.materials() != null) {
			for (int i = 0; i < guide.materials().size(); i++) {
				ServiceGuideFields.Material material = guide.materials().get(i);
				if (material != null && material.template() != null
						&& material.template().purpose() != ResourceRef.Purpose.TEMPLATE) {
					problems.add(new FieldViolation("fields.materials[" + i + "].template.purpose",
							Message.of("材料样表的用途须为 TEMPLATE", "A material's blank form has purpose TEMPLATE")));
				}
			}
		}
	}

	private <T> void validate(T value, String prefix, List<FieldViolation> problems) {
		Set<ConstraintViolation<T>> violations = this.validator.validate(value);
		violations.stream()
			.map(v -> new FieldViolation(prefix + v.getPropertyPath().toString().replace(".<list element>", ""),
					BilingualValidationMessages.of(v)))
			.sorted((a, b) -> a.field().compareTo(b.field()))
			.forEach(problems::add);
	}

	/** The JSON path of a binding failure, as {@code .materials[0].name}. */
	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append('.').append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** The stored JSON of typed fields (null for none). */
	public String write(TypeFields fields) {
		return (fields != null) ? this.json.writeValueAsString(fields) : null;
	}

	public String writeAttachments(List<ResourceRef> attachments) {
		return (attachments == null || attachments.isEmpty()) ? null : this.json.writeValueAsString(attachments);
	}

	/** Typed fields as stored; none when the row has none. */
	public TypeFields readStored(ContentType type, String stored) {
		if (stored == null || stored.isBlank()) {
			return null;
		}
		return this.json.readValue(stored, type.fieldsClass());
	}

	public List<ResourceRef> readAttachments(String stored) {
		if (stored == null || stored.isBlank()) {
			return List.of();
		}
		return List.of(this.json.readValue(stored, ResourceRef[].class));
	}

	/**
	 * Every text of stored fields by path ({@code conditions},
	 * {@code materials[0].name}), for the pre-publish checks; codes and numbers included
	 * harmlessly.
	 */
	public Map<String, String> texts(String stored) {
		Map<String, String> texts = new LinkedHashMap<>();
		JsonNode tree = tree(stored);
		if (tree != null) {
			collect(tree, "", texts);
		}
		return texts;
	}

	private static void collect(JsonNode node, String path, Map<String, String> texts) {
		if (node.isString()) {
			if (!node.asString().isBlank()) {
				texts.put(path, node.asString());
			}
		}
		else if (node.isObject()) {
			node.properties()
				.forEach(entry -> collect(entry.getValue(),
						path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), texts));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), path + "[" + i + "]", texts);
			}
		}
	}

	/** Stored fields as a JSON tree for views. */
	public JsonNode tree(String stored) {
		return (stored == null || stored.isBlank()) ? null : this.json.readTree(stored);
	}

	static GovsiteException invalid(List<FieldViolation> problems) {
		return new GovsiteException(ProblemType.VALIDATION, Message.of("请求参数校验失败", "Request validation failed"),
				problems);
	}

}
