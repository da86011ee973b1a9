package cn.govsite.common.tenant;

import java.util.List;
import java.util.Set;

import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.schema.Column;
import org.junit.jupiter.api.Test;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteTenantLineHandlerTest {

	private final SiteTenantLineHandler handler = new SiteTenantLineHandler(Set.of("site", "Outbox_Event"));

	@Test
	void filtersByTheCurrentSite() {
		LongValue id = TenantContext.callAs(new SiteRef(42, "jyj"), () -> (LongValue) this.handler.getTenantId());

		assertThat(id.getValue()).isEqualTo(42);
		assertThat(this.handler.ignoreTable("article")).isFalse();
	}

	@Test
	void failsClosedWithoutASite() {
		assertThatThrownBy(this.handler::getTenantId).isInstanceOf(GovsiteException.class)
			.extracting(ex -> ((GovsiteException) ex).type())
			.isEqualTo(ProblemType.SITE_REQUIRED);
	}

	@Test
	void sharedTablesAndDeclaredPlatformWideWorkAreNotFiltered() {
		assertThat(this.handler.ignoreTable("`outbox_event`")).isTrue();
		assertThat(this.handler.ignoreTable("SITE")).isTrue();
		assertThat(TenantContext.callPlatformWide(() -> this.handler.ignoreTable("article"))).isTrue();
		assertThat(this.handler.ignoreTable("article")).isFalse();
	}

	@Test
	void anInsertNamingSiteIdKeepsItOnlyInsideASite() {
		List<Column> columns = List.of(new Column("title"), new Column("SITE_ID"));

		assertThatThrownBy(() -> this.handler.ignoreInsert(columns, "site_id")).isInstanceOf(GovsiteException.class);
		assertThat(TenantContext.callAs(new SiteRef(3, "wsj"), () -> this.handler.ignoreInsert(columns, "site_id")))
			.isTrue();
		assertThat(TenantContext.callPlatformWide(() -> this.handler.ignoreInsert(columns, "site_id"))).isTrue();
		assertThat(this.handler.ignoreInsert(List.of(new Column("title")), "site_id")).isFalse();
	}

	@Test
	void nestedScopesRestoreTheOuterSite() {
		SiteRef outer = new SiteRef(1, "www");
		SiteRef inner = new SiteRef(2, "jyj");
		String seen = TenantContext.callAs(outer, () -> {
			String during = TenantContext.callAs(inner, () -> TenantContext.require().code());
			return during + "," + TenantContext.require().code();
		});

		assertThat(seen).isEqualTo("jyj,www");
		assertThat(TenantContext.current()).isEmpty();
	}

}
