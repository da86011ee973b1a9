import { createRouter, createWebHistory } from 'vue-router'
import HomeView from './views/HomeView.vue'

/**
 * Made after sign-in: the history reads the address when it is created, and before sign-in
 * that is still Keycloak's callback (/signin-callback?code=…), which would send the user home
 * instead of where they were going.
 */
export function createConsoleRouter() {
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/', name: 'home', component: HomeView },
      { path: '/sites', name: 'sites', component: () => import('./views/SitesView.vue'), meta: { platformStaff: true } },
      { path: '/sites/:code', name: 'site-lifecycle', component: () => import('./views/SiteLifecycleView.vue'), props: true, meta: { platformStaff: true } },
      { path: '/audit', name: 'audit', component: () => import('./views/AuditView.vue'), meta: { platformStaff: true } },
      { path: '/columns', name: 'columns', component: () => import('./views/ColumnsView.vue') },
      { path: '/articles', name: 'articles', component: () => import('./views/ArticlesView.vue') },
      { path: '/review', name: 'review', component: () => import('./views/ReviewQueueView.vue') },
      { path: '/members', name: 'members', component: () => import('./views/MembersView.vue') },
      { path: '/library', name: 'library', component: () => import('./views/LibraryView.vue') },
      { path: '/mailbox', name: 'mailbox', component: () => import('./views/MailboxView.vue') },
      { path: '/search-analytics', name: 'search-analytics', component: () => import('./views/SearchAnalyticsView.vue') },
      { path: '/supervision', name: 'supervision', component: () => import('./views/SupervisionView.vue'), meta: { platformStaff: true } },
      { path: '/migration', name: 'migration', component: () => import('./views/MigrationView.vue') },
      { path: '/imports', name: 'imports', component: () => import('./views/BulkImportView.vue') },
      { path: '/feeds', name: 'feeds', component: () => import('./views/FeedsView.vue') },
      { path: '/articles/new', name: 'article-new', component: () => import('./views/ArticleEditView.vue') },
      { path: '/:rest(.*)*', redirect: '/' },
    ],
  })
  // Keyboard and screen-reader users land on the new page's heading after navigation.
  router.afterEach(() => {
    window.setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus(), 0)
  })
  return router
}
