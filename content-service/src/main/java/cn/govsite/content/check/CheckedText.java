package cn.govsite.content.check;

/** What the checks look at: the title and the body as they will be stored. */
public record CheckedText(String title, String body) {

	public static final String TITLE = "title";

	public static final String BODY = "body";

	public CheckedText {
		title = (title != null) ? title : "";
		body = (body != null) ? body : "";
	}

	/** The text of a field by name. */
	public String field(String name) {
		return TITLE.equals(name) ? this.title : this.body;
	}

}
