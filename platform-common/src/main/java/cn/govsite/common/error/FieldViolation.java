package cn.govsite.common.error;

/** One invalid field of a request, with the reason in both languages. */
public record FieldViolation(String field, Message message) {

}
