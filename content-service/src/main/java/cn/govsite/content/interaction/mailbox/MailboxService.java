package cn.govsite.content.interaction.mailbox;

import java.time.Clock;
import java.util.List;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.interaction.InteractionProperties;

/**
 * The mailboxes of the request's site. A site starts with the four the rules name (领导信箱,
 * 咨询, 投诉, 举报), made the first time anyone looks; its admin renames them, changes their
 * limits, adds others or closes one.
 */
@Service
public class MailboxService {

	static final int MAX_DEADLINE_DAYS = 60;

	private static final List<String[]> DEFAULTS = List.of(new String[] { "leader", "领导信箱" },
			new String[] { "consult", "咨询" }, new String[] { "complaint", "投诉" }, new String[] { "report", "举报" });

	private final MailboxMapper mailboxes;

	private final InteractionProperties properties;

	private final Clock clock = Clock.systemUTC();

	MailboxService(MailboxMapper mailboxes, InteractionProperties properties) {
		this.mailboxes = mailboxes;
		this.properties = properties;
	}

	@Transactional
	public List<Mailbox> all() {
		ensureDefaults();
		return this.mailboxes
			.selectList(Wrappers.<Mailbox>lambdaQuery().orderByAsc(Mailbox::getSortOrder).orderByAsc(Mailbox::getId));
	}

	@Transactional
	public Mailbox byCode(String code) {
		ensureDefaults();
		Mailbox mailbox = this.mailboxes.selectOne(Wrappers.<Mailbox>lambdaQuery().eq(Mailbox::getCode, code));
		if (mailbox == null) {
			throw GovsiteException.notFound("信箱", "Mailbox", code);
		}
		return mailbox;
	}

	public Mailbox byId(long id) {
		Mailbox mailbox = this.mailboxes.selectById(id);
		if (mailbox == null) {
			throw GovsiteException.notFound("信箱", "Mailbox", id);
		}
		return mailbox;
	}

	@Transactional
	public Mailbox create(String code, String name, Integer deadlineDays, Integer remindDays) {
		ensureDefaults();
		SiteRef site = TenantContext.require();
		Mailbox mailbox = new Mailbox();
		mailbox.setSiteId(site.id());
		mailbox.setCode(code);
		mailbox.setName(name.strip());
		mailbox.setDeadlineDays((deadlineDays != null) ? deadlineDays : this.properties.deadlineDays());
		mailbox.setRemindDays((remindDays != null) ? remindDays : this.properties.remindDays());
		mailbox.setEnabled(true);
		mailbox.setSortOrder(100);
		mailbox.setCreatedAt(this.clock.instant());
		validate(mailbox);
		try {
			this.mailboxes.insert(mailbox);
		}
		catch (DuplicateKeyException ex) {
			throw GovsiteException.conflict(Message.of("信箱代码已存在：" + code, "A mailbox with code " + code + " exists"));
		}
		return mailbox;
	}

	@Transactional
	public Mailbox update(long id, String name, Integer deadlineDays, Integer remindDays, Boolean enabled) {
		Mailbox mailbox = byId(id);
		if (name != null) {
			mailbox.setName(name.strip());
		}
		if (deadlineDays != null) {
			mailbox.setDeadlineDays(deadlineDays);
		}
		if (remindDays != null) {
			mailbox.setRemindDays(remindDays);
		}
		if (enabled != null) {
			mailbox.setEnabled(enabled);
		}
		validate(mailbox);
		this.mailboxes.updateById(mailbox);
		return mailbox;
	}

	private static void validate(Mailbox mailbox) {
		if (mailbox.getName().isBlank()) {
			throw GovsiteException.invalid("name", Message.of("信箱名称不能为空", "The name must not be empty"));
		}
		if (mailbox.getDeadlineDays() < 1 || mailbox.getDeadlineDays() > MAX_DEADLINE_DAYS) {
			throw GovsiteException.invalid("deadlineDays", Message.of("办理时限须为 1–" + MAX_DEADLINE_DAYS + " 个工作日",
					"The limit must be 1 to " + MAX_DEADLINE_DAYS + " working days"));
		}
		if (mailbox.getRemindDays() < 0 || mailbox.getRemindDays() >= mailbox.getDeadlineDays()) {
			throw GovsiteException.invalid("remindDays", Message.of("提前提醒天数须小于办理时限",
					"The reminder must come before the deadline (fewer days than the limit)"));
		}
	}

	/** The four mailboxes the rules name, for a site that has none yet. */
	private void ensureDefaults() {
		if (this.mailboxes.selectCount(null) > 0) {
			return;
		}
		SiteRef site = TenantContext.require();
		int order = 0;
		for (String[] mailbox : DEFAULTS) {
			Mailbox row = new Mailbox();
			row.setSiteId(site.id());
			row.setCode(mailbox[0]);
			row.setName(mailbox[1]);
			row.setDeadlineDays(this.properties.deadlineDays());
			row.setRemindDays(this.properties.remindDays());
			row.setEnabled(true);
			row.setSortOrder(order++);
			row.setCreatedAt(this.clock.instant());
			try {
				this.mailboxes.insert(row);
			}
			catch (DuplicateKeyException ex) {
				// Another request made them at the same moment.
				return;
			}
		}
	}

}
