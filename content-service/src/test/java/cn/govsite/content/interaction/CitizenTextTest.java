package cn.govsite.content.interaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a citizen types is stored as plain text. */
class CitizenTextTest {

	@Test
	void tagsScriptsAndStylesAreDroppedAndEntitiesDecoded() {
		assertThat(CitizenText.clean("<p>路灯<b>坏了</b></p><script>alert('x')</script>")).isEqualTo("路灯坏了");
		assertThat(CitizenText.clean("<img src=x onerror=alert(1)>请修复")).isEqualTo("请修复");
		assertThat(CitizenText.clean("A &amp; B &lt;3 &gt; 2")).isEqualTo("A & B <3 > 2");
		assertThat(CitizenText.clean("<style>p{}</style>正文")).isEqualTo("正文");
	}

	@Test
	void lineBreaksStayAndControlCharactersGo() {
		assertThat(CitizenText.clean("第一段\r\n\r\n第二段\u0000\u0007")).isEqualTo("第一段\n\n第二段");
		assertThat(CitizenText.clean("  前后空白  ")).isEqualTo("前后空白");
		assertThat(CitizenText.clean("没有标记 3 < 5")).isEqualTo("没有标记 3 < 5");
		assertThat(CitizenText.clean(null)).isNull();
	}

}
