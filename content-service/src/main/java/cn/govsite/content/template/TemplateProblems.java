package cn.govsite.content.template;

import java.util.List;

import org.springframework.http.HttpStatus;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/** The problems of templates: refused at save, or failing when rendered. */
public final class TemplateProblems {

	public static final ProblemType REFUSED = new ProblemType("template-refused", HttpStatus.UNPROCESSABLE_ENTITY,
			Message.of("模板不安全或有错误，已拒绝", "The template is unsafe or invalid and was refused"));

	public static final ProblemType FAILED = new ProblemType("template-failed", HttpStatus.UNPROCESSABLE_ENTITY,
			Message.of("模板渲染失败", "The template failed to render"));

	private TemplateProblems() {
	}

	static GovsiteException refused(TemplateName name, List<Message> problems) {
		return new GovsiteException(REFUSED,
				Message.of("模板 " + name.id() + " 有 " + problems.size() + " 处问题，未保存也不会用于渲染",
						"Template " + name.id() + " has " + problems.size()
								+ " problem(s); it was not saved and renders nothing"),
				problems.stream().map(problem -> new FieldViolation("source", problem)).toList());
	}

	static GovsiteException failed(TemplateName name, String why) {
		return new GovsiteException(FAILED, Message.of("模板 " + name.id() + " 渲染失败，未发布任何页面：" + why,
				"Template " + name.id() + " failed to render; nothing was published: " + why));
	}

}
