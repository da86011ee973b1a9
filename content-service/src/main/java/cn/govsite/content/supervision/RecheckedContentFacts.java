package cn.govsite.content.supervision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.govsite.content.check.CheckService;
import cn.govsite.content.check.Finding;

/**
 * {@link ContentFacts} that re-runs the pre-publish checker over every published item:
 * dictionaries grow after an item was published, so stored findings would miss words
 * added since.
 */
@Component
class RecheckedContentFacts implements ContentFacts {

	private final JdbcTemplate jdbc;

	private final CheckService checks;

	RecheckedContentFacts(JdbcTemplate jdbc, CheckService checks) {
		this.jdbc = jdbc;
		this.checks = checks;
	}

	@Override
	public List<ContentFinding> findings(long siteId) {
		List<ContentFinding> found = new ArrayList<>();
		this.jdbc.query("SELECT id, column_id, title, body FROM article WHERE site_id = ? AND state = 'PUBLISHED'",
				rs -> {
					long id = rs.getLong(1);
					long column = rs.getLong(2);
					String title = rs.getString(3);
					// A word repeated in one item is one finding to fix, and one line of
					// evidence.
					Set<String> seen = new HashSet<>();
					for (Finding f : this.checks.run(title, rs.getString(4)).findings()) {
						if (!seen.add(f.ruleId() + "|" + f.matched())) {
							continue;
						}
						found.add(new ContentFinding(id, column, title, f.ruleId(), f.severity(), f.matched(),
								f.explanationZh(), f.explanationEn()));
					}
				}, siteId);
		return found;
	}

}
