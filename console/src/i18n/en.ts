import type zh from './zh-CN'

const en: typeof zh = {
  app: { title: 'Government Website Platform', subtitle: 'Console', skip: 'Skip to main content', loading: 'Loading…' },
  nav: { home: 'Home', sites: 'Sites', columns: 'Columns', articles: 'Articles', audit: 'Audit log', members: 'People', review: 'Review', label: 'Main navigation' },
  user: { signOut: 'Sign out', language: 'Language', site: 'Current site', noSite: 'Choose a site', roles: 'Roles' },
  roles: {
    'platform-admin': 'Platform admin',
    supervisor: 'Supervisor',
    'site-admin': 'Site admin',
    editor: 'Editor',
    reviewer: 'Reviewer',
    chief: 'Chief',
  },
  home: {
    welcome: 'Welcome, {name}',
    intro: 'Choose your work in the navigation. Sites are for platform admins and supervisors; columns and articles for the staff of the current site.',
    siteRoles: 'Your roles on sites',
    none: 'No roles on any site',
  },
  common: {
    actions: 'Actions', create: 'Create', save: 'Save', cancel: 'Cancel', refresh: 'Refresh', submit: 'Submit',
    required: 'Required', all: 'All', createdAt: 'Created', noData: 'No data', saved: 'Saved',
  },
  sites: {
    autoApprove: 'Approve and bring online now',
    title: 'Sites', list: 'All sites', onboard: 'Open a site', code: 'Code', name: 'Name', kind: 'Kind',
    parent: 'Parent site', domain: 'Domain', status: 'Status', created: 'Site opened: {name}',
    codeHelp: 'A lower-case letter, then letters, digits or hyphens; 2–31 characters, e.g. jyj',
    nameHelp: 'The official Chinese full name, e.g. 市教育局',
    kinds: { CITY_PORTAL: 'City portal', COUNTY_PORTAL: 'County portal', DEPARTMENT: 'Department site' },
    statuses: { APPLIED: 'Applied', APPROVED: 'Approved', ONLINE: 'Online', TEMPORARILY_OFFLINE: 'Temporarily offline', EMERGENCY_SHUTDOWN: 'Emergency shutdown', CLOSING: 'Closing', CLOSED: 'Closed', EXITED_SUPERVISION: 'Left supervision' },
  },
  columns: {
    title: 'Columns', name: 'Column name', parent: 'Parent column', top: '(top level)', created: 'Column created: {name}', add: 'New column', sort: 'Order',
    list: 'All columns', method: 'Guarantee method', unit: 'Responsible unit', cycle: 'Update cycle', category: 'Inspection category',
    methodHelp: 'Direct: an editor publishes without review; reviewed: every item is approved first',
    cycleHelp: 'As the guarantee table says it, e.g. 每周, 实时, 至少每2周, 有变化时',
    methods: { DIRECT_PUBLISH: 'Direct', PUBLISH_AFTER_REVIEW: 'Reviewed', DATA_INTERFACE: 'Data interface', JUMP_LINK: 'Link out', WEB_SCRAPING: 'Scraped', DELEGATED_SUBMISSION: 'Submitted by units', CO_BUILT: 'Co-built', AUTHORIZED_MAINTENANCE: 'Authorised maintenance' },
    categories: { DYNAMIC_NEWS: 'News', NOTICES: 'Notices', POLICY_DOCUMENTS: 'Policy documents', DISCLOSURE: 'Disclosure', INTERACTION: 'Interaction', SERVICE: 'Services', STATIC: 'Static' },
  },
  articles: {
    title: 'Articles', write: 'Write an article', column: 'Column', state: 'State', articleTitle: 'Title', body: 'Body', source: 'Source',
    submit: 'Submit for review', submitted: 'Submitted for review: {title}', bodyHelp: 'Plain text; a blank line between paragraphs', publish: 'Publish', publishedAt: 'Published', live: 'View page', created: 'Draft saved: {title}',
    published: 'Published: {title}', confirmPublish: 'Publish “{title}”? The public will see it at once.',
    states: { DRAFT: 'Draft', SUBMITTED: 'In review', APPROVED: 'Approved', REJECTED: 'Rejected', PUBLISHED: 'Published', WITHDRAWN: 'Withdrawn' },
  },
  lifecycle: {
    title: 'Site lifecycle', act: 'Act', noAction: 'Nothing can be done in this state', action: 'Action', reason: 'Reason', notice: 'Notice',
    until: 'Planned end', migrationTarget: 'Migration target (web address)', attachment: 'Attachment', attachmentHelp: 'A library reference, e.g. asset:12',
    history: 'History', when: 'When', change: 'Change', actor: 'By', noticeUntil: 'Notice kept until', done: 'Done: {action}',
    manage: 'Lifecycle',
    actions: { APPROVE: 'Approve', BRING_ONLINE: 'Bring online', TAKE_OFFLINE: 'Take offline', EMERGENCY_SHUTDOWN: 'Emergency shutdown', RESTORE: 'Restore', START_CLOSING: 'Start closing', CLOSE: 'Close', EXIT_SUPERVISION: 'Exit supervision' },
    rules: {
      APPROVE: 'Approve the application: supervisors or platform admins.',
      BRING_ONLINE: 'Bring online: platform admins, with the security test report attached if any; the opening notice stays on the parent portal at least 30 days.',
      TAKE_OFFLINE: 'Take offline: at most once per calendar year, at most 30 days, with a notice and the planned end date; the notice is pinned on the parent portal.',
      EMERGENCY_SHUTDOWN: 'Emergency shutdown: at once on a security incident, to be reported; not counted as a temporary offline.',
      RESTORE: 'Restore: after a temporary offline or an emergency shutdown.',
      START_CLOSING: 'Start closing: not for city or county portals; needs where the content went (the site or each column) and a notice kept at least 30 days.',
      CLOSE: 'Close: only after the closing notice has been up 30 days; the domain is released.',
      EXIT_SUPERVISION: 'Exit supervision: needs the approval document of the staffing authority.',
    },
  },
  audit: {
    title: 'Audit log', site: 'Site', range: 'Period', from: 'From', to: 'To', search: 'Search', export: 'Export CSV',
    verify: 'Verify integrity', when: 'When', actor: 'By', action: 'Action', outcome: 'Outcome', from_ip: 'From',
    intact: 'The audit log is intact: the hash chain of {checked} entries checks out', broken: 'The audit log was tampered with: the hash chain breaks at entry {id}',
    unchained: '{count} older entries predate the hash chain and were not checked',
  },
  members: {
    disable: 'Disable', enable: 'Enable', reset: 'Reset password', wasDisabled: '{username} is disabled (on every site)', wasEnabled: '{username} is enabled', confirmReset: 'Reset the password of {username}? Their sessions end.', temporary: 'Temporary password of {username}: {password} (shown once; changed at the first sign-in)',
    title: 'People and roles', add: 'Add a person', list: 'People on this site', username: 'Username', email: 'Email', role: 'Role', enabled: 'Account',
    active: 'Active', disabled: 'Disabled', remove: 'Remove', added: '{username} now holds {role}', invited: '{username} was invited as {role} and sets a password at first sign-in',
    confirmRemove: 'Remove the {role} role from {username}?',
  },
  review: {
    title: 'Review', empty: 'Nothing waits for review', author: 'Author', major: 'Major', yes: 'Yes', checks: 'Checks', findings: '{blocking} serious · {warnings} hints',
    updated: 'Submitted', open: 'Review', by: 'Submitted by {author} at {at}', opinion: 'Opinion (required to reject)', approve: 'Approve', reject: 'Reject',
    approved: 'Approved: {title}', rejected: 'Rejected: {title}',
  },
  errors: { noSite: 'Choose a site at the top first', forbidden: 'You may not open this page' },
}
export default en
