package cn.govsite.content.item;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.http.HttpStatus;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.content.article.ArticleState;

/**
 * 文件与解读同步 — a policy document flagged "interpretation required" is approved only when an
 * interpretation of it exists (not rejected or withdrawn), and published only when one is
 * approved or already published, so the two go out together.
 */
public final class PolicyLinks {

	/** The typed refusal: clients branch on this problem type. */
	public static final ProblemType INTERPRETATION_REQUIRED = new ProblemType("interpretation-required",
			HttpStatus.CONFLICT, Message.of("政策文件须附政策解读", "The policy document needs its interpretation"));

	private static final Set<ArticleState> DEAD = EnumSet.of(ArticleState.REJECTED, ArticleState.WITHDRAWN);

	private static final Set<ArticleState> READY = EnumSet.of(ArticleState.APPROVED, ArticleState.PUBLISHED);

	private PolicyLinks() {
	}

	/**
	 * @param fields the document's fields
	 * @param interpretations the states of its interpretations
	 * @param publishing whether the document is being published (else approved)
	 */
	public static void requireInterpretation(TypeFields fields, Collection<ArticleState> interpretations,
			boolean publishing) {
		if (!(fields instanceof PolicyDocumentFields document) || !document.interpretationRequired()) {
			return;
		}
		boolean enough = publishing ? interpretations.stream().anyMatch(READY::contains)
				: interpretations.stream().anyMatch(state -> !DEAD.contains(state));
		if (!enough) {
			throw new GovsiteException(INTERPRETATION_REQUIRED,
					publishing ? Message.of("该政策文件须附政策解读：请先使解读通过审核或发布，再发布文件",
							"This policy document needs an approved or published interpretation before it is published")
							: Message.of("该政策文件须附政策解读：请先新建与之关联的解读，再审核文件",
									"This policy document needs an interpretation before it is approved"));
		}
	}

}
