package cn.govsite.content.article;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies are sanitised: OWASP XSS filter-evasion vectors do not survive; allowed markup
 * does.
 */
class ArticleBodyTest {

	@ParameterizedTest
	@ValueSource(strings = { "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>", "<IMG SRC=\"javascript:alert('XSS');\">",
			"<IMG SRC=javascript:alert('XSS')>", "<IMG SRC=JaVaScRiPt:alert('XSS')>",
			"<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
			"<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
			"<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>", "<IMG SRC=# onmouseover=\"alert('xxs')\">",
			"<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
			"<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
			"<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
			"<IMG SRC=\"jav\tascript:alert('XSS');\">", "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
			"<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
			"<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>", "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
			"<SCRIPT SRC=http://xss.rocks/xss.js?< B >", "<iframe src=http://xss.rocks/scriptlet.html <",
			"</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>", "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
			"<BODY BACKGROUND=\"javascript:alert('XSS')\">", "<svg/onload=alert('XSS')>",
			"<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
			"<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
			"<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
			"<TABLE BACKGROUND=\"javascript:alert('XSS')\"><TD BACKGROUND=\"javascript:alert('XSS')\">",
			"<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
			"<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
			"<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
			"<a href=\"javascript&colon;alert(1)\">x</a>",
			"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
			"<img src=\"//evil.example/x.png\" onerror=alert(1)>", "<p style=\"x:expression(alert(1))\">段落</p>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>" })
	void noXssVectorSurvives(String vector) {
		String stored = ArticleBody.forStorage("<p>正文</p>" + vector);
		String lower = stored.toLowerCase(Locale.ROOT);
		assertThat(lower).doesNotContain("<script", "javascript:", "onerror", "onload", "onmouseover", "<iframe",
				"<svg", "<style", "<object", "<embed", "<meta", "<link", "<input", "<body", "expression(", "data:",
				"xss.rocks", "//evil.example", "background");
		// Sanitising again changes nothing: what is stored is already safe to print.
		assertThat(ArticleBody.sanitise(stored)).isEqualTo(stored);
	}

	@Test
	void allowedMarkupIsKeptAndLinksGetNoopener() {
		String html = "<h2>一、总体要求</h2><p><strong>加强</strong>和<em>改进</em></p><ul><li>一</li></ul><ol><li>二</li></ol>"
				+ "<table><tr><th colspan=\"2\">表</th></tr><tr><td>1</td><td>2</td></tr></table>"
				+ "<p><a href=\"https://www.gov.cn/\">国务院</a><a href=\"/articles/1.html\">站内</a></p>"
				+ "<img src=\"/api/assets/files/7/photo.jpg\" alt=\"会议现场\">";
		String stored = ArticleBody.forStorage(html);
		assertThat(stored).contains("<h2>一、总体要求</h2>", "<strong>加强</strong>", "<em>改进</em>", "<ul><li>一</li></ul>",
				"<th colspan=\"2\">", "href=\"https://www.gov.cn/\"", "href=\"/articles/1.html\"", "rel=\"noopener",
				"src=\"/api/assets/files/7/photo.jpg\"", "alt=\"会议现场\"");
	}

	@Test
	void imagesFromOtherHostsAreDropped() {
		assertThat(ArticleBody.forStorage("<p>图</p><img src=\"https://cdn.example.com/a.jpg\" alt=\"外站图\">"))
			.doesNotContain("<img");
	}

	@Test
	void plainTextIsKeptAndRenderedAsEscapedParagraphs() {
		String body = "第一段第一行\n第一段第二行\n\n a < b & c > d";
		assertThat(ArticleBody.isHtml(body)).isFalse();
		assertThat(ArticleBody.forStorage(body)).isEqualTo(body);
		assertThat(ArticleBody.toSafeHtml(body)).isEqualTo("<p>第一段第一行<br>第一段第二行</p>\n<p>a &lt; b &amp; c &gt; d</p>\n");
	}

	@Test
	void markupMakesABodyHtml() {
		assertThat(ArticleBody.isHtml("<p>段落</p>")).isTrue();
		assertThat(ArticleBody.isHtml("x<script>")).isTrue();
		assertThat(ArticleBody.forStorage("<script>alert(1)</script>")).isEmpty();
	}

}
