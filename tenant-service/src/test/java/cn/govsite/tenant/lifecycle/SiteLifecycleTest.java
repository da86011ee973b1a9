package cn.govsite.tenant.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.ProblemType;
import cn.govsite.tenant.lifecycle.TransitionRefusal.Reason;
import cn.govsite.tenant.lifecycle.TransitionResult.Moved;
import cn.govsite.tenant.lifecycle.TransitionResult.Refused;
import cn.govsite.tenant.site.SiteKind;
import cn.govsite.tenant.site.SiteStatus;

import static org.assertj.core.api.Assertions.assertThat;

class SiteLifecycleTest {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** 2026-03-10 10:00 in China. */
	private static final Instant MARCH = Instant.parse("2026-03-10T02:00:00Z");

	private final List<PastTransition> history = new ArrayList<>();

	@Test
	void aSiteGoesFromAppliedThroughApprovedToOnline() {
		assertThat(SiteLifecycle.initial()).isEqualTo(SiteStatus.APPLIED);
		Moved approved = moved(at(MARCH), SiteStatus.APPLIED, TransitionRequest.of(LifecycleAction.APPROVE, "同意开设"));
		assertThat(approved.to()).isEqualTo(SiteStatus.APPROVED);
		assertThat(approved.reason()).isEqualTo("同意开设");
		Moved online = moved(at(MARCH), SiteStatus.APPROVED, TransitionRequest.of(LifecycleAction.BRING_ONLINE, "上线"));
		assertThat(online.to()).isEqualTo(SiteStatus.ONLINE);
	}

	@Test
	void anAppliedSiteCannotGoOnlineWithoutApproval() {
		TransitionRefusal refusal = refused(at(MARCH), SiteStatus.APPLIED,
				TransitionRequest.of(LifecycleAction.BRING_ONLINE, "上线"));
		assertThat(refusal.reason()).isEqualTo(Reason.NOT_ALLOWED_IN_STATE);
		assertThat(refusal.message().zh()).contains("APPLIED");
		assertThat(refusal.message().en()).contains("BRING_ONLINE");
		GovsiteException problem = refusal.toException();
		assertThat(problem.type()).isEqualTo(ProblemType.INVALID_STATE);
	}

	@Test
	void aSiteWithoutItsIdentifierCannotGoOnline() {
		TransitionResult result = new SiteLifecycle(at(MARCH), CHINA).apply(
				new SiteSnapshot(SiteStatus.APPROVED, SiteKind.DEPARTMENT, this.history, false),
				TransitionRequest.of(LifecycleAction.BRING_ONLINE, "上线"));
		assertThat(result).isInstanceOf(Refused.class);
		TransitionRefusal refusal = ((Refused) result).refusal();
		assertThat(refusal.reason()).isEqualTo(Reason.SITE_IDENTIFIER_REQUIRED);
		assertThat(refusal.message().zh()).contains("网站标识码");
		assertThat(refusal.toException().type()).isEqualTo(ProblemType.INVALID_STATE);
		// Only going online needs it: approval does not.
		assertThat(new SiteLifecycle(at(MARCH), CHINA).apply(
				new SiteSnapshot(SiteStatus.APPLIED, SiteKind.DEPARTMENT, this.history, false),
				TransitionRequest.of(LifecycleAction.APPROVE, "同意")))
			.isInstanceOf(Moved.class);
	}

	@Test
	void everyTransitionNeedsAReason() {
		TransitionRefusal refusal = refused(at(MARCH), SiteStatus.APPLIED,
				TransitionRequest.of(LifecycleAction.APPROVE, "  "));
		assertThat(refusal.reason()).isEqualTo(Reason.REASON_REQUIRED);
		assertThat(refusal.toException().type()).isEqualTo(ProblemType.VALIDATION);
		assertThat(refusal.toException().violations().get(0).field()).isEqualTo("reason");
	}

	@Test
	void aTemporaryOfflineNeedsANoticeAndAPlannedEnd() {
		assertThat(refused(at(MARCH), SiteStatus.ONLINE, offline(null, LocalDate.of(2026, 3, 20))).reason())
			.isEqualTo(Reason.NOTICE_REQUIRED);
		assertThat(refused(at(MARCH), SiteStatus.ONLINE, offline("系统升级", null)).reason())
			.isEqualTo(Reason.UNTIL_REQUIRED);
		assertThat(refused(at(MARCH), SiteStatus.ONLINE, offline("系统升级", LocalDate.of(2026, 3, 9))).reason())
			.isEqualTo(Reason.UNTIL_IN_PAST);
	}

	@Test
	void aTemporaryOfflineLastsAtMostThirtyDays() {
		Moved thirty = moved(at(MARCH), SiteStatus.ONLINE, offline("系统升级", LocalDate.of(2026, 4, 9)));
		assertThat(thirty.to()).isEqualTo(SiteStatus.TEMPORARILY_OFFLINE);
		assertThat(thirty.until()).isEqualTo(LocalDate.of(2026, 4, 9));
		TransitionRefusal refusal = refused(at(MARCH), SiteStatus.ONLINE, offline("系统升级", LocalDate.of(2026, 4, 10)));
		assertThat(refusal.reason()).isEqualTo(Reason.OFFLINE_TOO_LONG);
		assertThat(refusal.message().en()).contains("31");
		assertThat(refusal.toException().violations().get(0).field()).isEqualTo("until");
	}

	@Test
	void aSiteGoesTemporarilyOfflineAtMostOncePerCalendarYear() {
		this.history.add(new PastTransition(LifecycleAction.TAKE_OFFLINE, Instant.parse("2026-01-05T01:00:00Z")));
		TransitionRefusal refusal = refused(at(MARCH), SiteStatus.ONLINE, offline("再次升级", LocalDate.of(2026, 3, 20)));
		assertThat(refusal.reason()).isEqualTo(Reason.OFFLINE_LIMIT_REACHED);
		assertThat(refusal.toException().type()).isEqualTo(ProblemType.INVALID_STATE);
		// 2027-01-01 00:30 in China is still 2026 in UTC: the Chinese calendar year
		// counts.
		Instant newYearInChina = Instant.parse("2026-12-31T16:30:00Z");
		assertThat(moved(at(newYearInChina), SiteStatus.ONLINE, offline("年初升级", LocalDate.of(2027, 1, 10))).to())
			.isEqualTo(SiteStatus.TEMPORARILY_OFFLINE);
	}

	@Test
	void anEmergencyShutdownIsReportedAndDoesNotCountAsOffline() {
		Moved shutdown = moved(at(MARCH), SiteStatus.ONLINE,
				TransitionRequest.of(LifecycleAction.EMERGENCY_SHUTDOWN, "机房断电"));
		assertThat(shutdown.to()).isEqualTo(SiteStatus.EMERGENCY_SHUTDOWN);
		assertThat(shutdown.reportRequired()).isTrue();
		this.history.add(new PastTransition(LifecycleAction.EMERGENCY_SHUTDOWN, MARCH));
		this.history.add(new PastTransition(LifecycleAction.EMERGENCY_SHUTDOWN, MARCH.plusSeconds(3600)));
		assertThat(moved(at(MARCH), SiteStatus.ONLINE, offline("升级", LocalDate.of(2026, 3, 12))).reportRequired())
			.isFalse();
		assertThat(moved(at(MARCH), SiteStatus.EMERGENCY_SHUTDOWN, TransitionRequest.of(LifecycleAction.RESTORE, "恢复"))
			.to()).isEqualTo(SiteStatus.ONLINE);
	}

	@Test
	void closingNeedsAMigrationTargetAndANotice() {
		assertThat(refused(at(MARCH), SiteStatus.ONLINE, closing("关停公告", null, Map.of())).reason())
			.isEqualTo(Reason.MIGRATION_TARGET_REQUIRED);
		assertThat(refused(at(MARCH), SiteStatus.ONLINE, closing(null, "https://www.gov.cn/", Map.of())).reason())
			.isEqualTo(Reason.NOTICE_REQUIRED);
		assertThat(refused(at(MARCH), SiteStatus.ONLINE, closing("公告", "ftp://x", Map.of())).reason())
			.isEqualTo(Reason.MIGRATION_TARGET_INVALID);
		assertThat(refused(at(MARCH), SiteStatus.ONLINE, closing("公告", null, Map.of("工作动态", "not a url"))).reason())
			.isEqualTo(Reason.MIGRATION_TARGET_INVALID);
		Moved byColumn = moved(at(MARCH), SiteStatus.ONLINE,
				closing("公告", null, Map.of("工作动态", "https://www.govsite.localhost/columns/3")));
		assertThat(byColumn.to()).isEqualTo(SiteStatus.CLOSING);
		assertThat(byColumn.columnTargets()).containsKey("工作动态");
		assertThat(byColumn.noticeUntil()).isEqualTo(MARCH.plus(SiteLifecycle.CLOSING_NOTICE));
	}

	@Test
	void portalsAreNotClosed() {
		SiteSnapshot portal = new SiteSnapshot(SiteStatus.ONLINE, SiteKind.COUNTY_PORTAL, this.history, true);
		TransitionResult result = new SiteLifecycle(at(MARCH), CHINA).apply(portal,
				closing("公告", "https://www.gov.cn/", Map.of()));
		assertThat(result).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.refusal().reason()).isEqualTo(Reason.PORTAL_CANNOT_CLOSE));
	}

	@Test
	void theDomainIsReleasedOnlyAfterThirtyDaysOfNotice() {
		this.history.add(new PastTransition(LifecycleAction.START_CLOSING, MARCH));
		TransitionRequest close = TransitionRequest.of(LifecycleAction.CLOSE, "注销完成");
		Instant day29 = MARCH.plus(SiteLifecycle.CLOSING_NOTICE).minusSeconds(1);
		TransitionRefusal early = refused(at(day29), SiteStatus.CLOSING, close);
		assertThat(early.reason()).isEqualTo(Reason.NOTICE_PERIOD_NOT_OVER);
		assertThat(early.toException().type()).isEqualTo(ProblemType.INVALID_STATE);
		assertThat(moved(at(MARCH.plus(SiteLifecycle.CLOSING_NOTICE)), SiteStatus.CLOSING, close).to())
			.isEqualTo(SiteStatus.CLOSED);
	}

	@Test
	void exitingSupervisionNeedsTheApprovalDocument() {
		TransitionRequest withoutDocument = TransitionRequest.of(LifecycleAction.EXIT_SUPERVISION, "机构改革");
		assertThat(refused(at(MARCH), SiteStatus.ONLINE, withoutDocument).reason())
			.isEqualTo(Reason.ATTACHMENT_REQUIRED);
		TransitionRequest withDocument = new TransitionRequest(LifecycleAction.EXIT_SUPERVISION, "机构改革", null, null,
				null, Map.of(), "asset:42");
		Moved exited = moved(at(MARCH), SiteStatus.ONLINE, withDocument);
		assertThat(exited.to()).isEqualTo(SiteStatus.EXITED_SUPERVISION);
		assertThat(exited.attachment()).isEqualTo("asset:42");
	}

	@Test
	void closedAndExitedSitesAreFinal() {
		for (LifecycleAction action : LifecycleAction.values()) {
			assertThat(SiteLifecycle.allows(SiteStatus.CLOSED, action)).as(action.name()).isFalse();
			assertThat(SiteLifecycle.allows(SiteStatus.EXITED_SUPERVISION, action)).as(action.name()).isFalse();
		}
	}

	private static TransitionRequest offline(String notice, LocalDate until) {
		return new TransitionRequest(LifecycleAction.TAKE_OFFLINE, "系统升级改造", notice, until, null, Map.of(), null);
	}

	private static TransitionRequest closing(String notice, String target, Map<String, String> columns) {
		return new TransitionRequest(LifecycleAction.START_CLOSING, "机构撤并", notice, null, target, columns, null);
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	private Moved moved(Clock clock, SiteStatus from, TransitionRequest request) {
		TransitionResult result = new SiteLifecycle(clock, CHINA)
			.apply(new SiteSnapshot(from, SiteKind.DEPARTMENT, this.history, true), request);
		assertThat(result).as(String.valueOf(result)).isInstanceOf(Moved.class);
		return (Moved) result;
	}

	private TransitionRefusal refused(Clock clock, SiteStatus from, TransitionRequest request) {
		TransitionResult result = new SiteLifecycle(clock, CHINA)
			.apply(new SiteSnapshot(from, SiteKind.DEPARTMENT, this.history, true), request);
		assertThat(result).as(String.valueOf(result)).isInstanceOf(Refused.class);
		return ((Refused) result).refusal();
	}

}
