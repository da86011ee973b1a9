package cn.govsite.content.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * 版本比较 — what changed between two versions of an article, paragraph by paragraph (Myers
 * diff from java-diff-utils). Paragraphs are the body's lines, with HTML block ends
 * counted as line ends, so a reviewer sees which paragraphs were added, removed or
 * changed.
 */
public final class VersionDiff {

	private static final Pattern BLOCK_END = Pattern.compile("(?i)(</(?:p|h[2-4]|li|tr|table|blockquote)>|<br\\s*/?>)");

	private VersionDiff() {
	}

	/** One changed run of paragraphs: positions are 1-based paragraph numbers. */
	public record Change(String type, int fromParagraph, List<String> removed, int toParagraph, List<String> added) {

	}

	/** The title change, if any, and the paragraph changes. */
	public record Result(int fromVersion, int toVersion, String fromTitle, String toTitle, boolean titleChanged,
			List<Change> changes) {

	}

	public static Result between(int fromVersion, String fromTitle, String fromBody, int toVersion, String toTitle,
			String toBody) {
		List<AbstractDelta<String>> deltas = DiffUtils.diff(paragraphs(fromBody), paragraphs(toBody)).getDeltas();
		List<Change> changes = deltas.stream()
			.map(delta -> new Change(delta.getType().name(), delta.getSource().getPosition() + 1,
					delta.getSource().getLines(), delta.getTarget().getPosition() + 1, delta.getTarget().getLines()))
			.toList();
		return new Result(fromVersion, toVersion, fromTitle, toTitle, !fromTitle.equals(toTitle), changes);
	}

	static List<String> paragraphs(String body) {
		String lines = BLOCK_END.matcher(body.replace("\r\n", "\n")).replaceAll("$1\n");
		return Arrays.stream(lines.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
