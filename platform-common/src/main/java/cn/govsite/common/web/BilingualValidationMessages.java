package cn.govsite.common.web;

import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.springframework.validation.FieldError;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.Message;

/**
 * Renders a bean-validation failure in Chinese and English from the same constraint, so a
 * form in either language shows the reason next to the field.
 */
public final class BilingualValidationMessages {

	private static final MessageInterpolator INTERPOLATOR = Validation.byDefaultProvider()
		.configure()
		.getDefaultMessageInterpolator();

	private BilingualValidationMessages() {
	}

	public static FieldViolation of(FieldError error) {
		if (error.contains(ConstraintViolation.class)) {
			ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
			return new FieldViolation(error.getField(), of(violation));
		}
		String text = (error.getDefaultMessage() != null) ? error.getDefaultMessage() : error.getCode();
		return new FieldViolation(error.getField(), Message.of(text, text));
	}

	public static Message of(ConstraintViolation<?> violation) {
		MessageInterpolator.Context context = new MessageInterpolator.Context() {
			@Override
			public ConstraintDescriptor<?> getConstraintDescriptor() {
				return violation.getConstraintDescriptor();
			}

			@Override
			public Object getValidatedValue() {
				return violation.getInvalidValue();
			}

			@Override
			public <T> T unwrap(Class<T> type) {
				throw new UnsupportedOperationException(type.getName());
			}
		};
		String template = violation.getMessageTemplate();
		try {
			return Message.of(INTERPOLATOR.interpolate(template, context, Locale.SIMPLIFIED_CHINESE),
					INTERPOLATOR.interpolate(template, context, Locale.ROOT));
		}
		catch (RuntimeException ex) {
			return Message.of(violation.getMessage(), violation.getMessage());
		}
	}

}
