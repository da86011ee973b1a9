import type zh from './zh-CN'

const en: typeof zh = {
  app: { title: 'Government Website Platform', subtitle: 'Console', skip: 'Skip to main content', loading: 'Loading…' },
  nav: { home: 'Home', sites: 'Sites', columns: 'Columns', articles: 'Articles', label: 'Main navigation' },
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
  columns: { title: 'Columns', name: 'Column name', parent: 'Parent column', top: '(top level)', created: 'Column created: {name}', add: 'New column', sort: 'Order' },
  articles: {
    title: 'Articles', write: 'Write an article', column: 'Column', state: 'State', articleTitle: 'Title', body: 'Body', source: 'Source',
    bodyHelp: 'Plain text; a blank line between paragraphs', publish: 'Publish', publishedAt: 'Published', live: 'View page', created: 'Draft saved: {title}',
    published: 'Published: {title}', confirmPublish: 'Publish “{title}”? The public will see it at once.',
    states: { DRAFT: 'Draft', PUBLISHED: 'Published' },
  },
  errors: { noSite: 'Choose a site at the top first', forbidden: 'You may not open this page' },
}
export default en
