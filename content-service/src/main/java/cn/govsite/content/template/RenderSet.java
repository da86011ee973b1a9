package cn.govsite.content.template;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;

import cn.govsite.common.error.GovsiteException;

/**
 * A site's template set fixed at one revision: everything rendered through it uses the
 * same versions, however long a publishing job runs.
 */
public final class RenderSet {

	/** More output than any page should have: a runaway loop stops here. */
	static final int MAX_OUTPUT_CHARS = 4_000_000;

	private final Configuration config;

	private final String prefix;

	RenderSet(Configuration config, String prefix) {
		this.config = config;
		this.prefix = prefix;
	}

	/** The revision this set renders with (part of the cached templates' names). */
	public String revision() {
		return this.prefix;
	}

	public byte[] render(TemplateName name, Map<String, Object> model) {
		try {
			Writer out = new BoundedWriter(MAX_OUTPUT_CHARS);
			this.config.getTemplate(this.prefix + name.file()).process(model, out);
			return out.toString().getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException | TemplateException | RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof GovsiteException problem) {
					throw problem;
				}
			}
			String why = (ex instanceof TemplateException template) ? template.getMessageWithoutStackTop()
					: ex.getMessage();
			throw TemplateProblems.failed(name, (why != null) ? firstLine(why) : ex.getClass().getSimpleName());
		}
	}

	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		String line = (newline > 0) ? text.substring(0, newline) : text;
		return (line.length() > 300) ? line.substring(0, 300) : line;
	}

	private static final class BoundedWriter extends StringWriter {

		private final int limit;

		private int written;

		BoundedWriter(int limit) {
			this.limit = limit;
		}

		@Override
		public void write(char[] cbuf, int off, int len) {
			count(len);
			super.write(cbuf, off, len);
		}

		@Override
		public void write(String str, int off, int len) {
			count(len);
			super.write(str, off, len);
		}

		@Override
		public void write(int c) {
			count(1);
			super.write(c);
		}

		@Override
		public void write(String str) {
			count(str.length());
			super.write(str);
		}

		private void count(int chars) {
			this.written += chars;
			if (this.written > this.limit) {
				throw new IllegalStateException("the page exceeds " + this.limit + " characters");
			}
		}

	}

}
