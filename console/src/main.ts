import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './style.css'
import App from './App.vue'
import { createConsoleRouter } from './router'
import { i18n } from './i18n'
import { loadConfig } from './config'
import { createManager, ensureSignedIn } from './auth/session'
import { useSessionStore } from './stores/session'

/** Sign in first (tokens in memory only), then mount the console. */
async function start() {
  const config = await loadConfig()
  createManager(config)
  const user = await ensureSignedIn()
  if (!user) {
    return // on the way to Keycloak's login page
  }
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia).use(i18n).use(ElementPlus)
  const session = useSessionStore(pinia)
  session.signedIn(user.access_token)
  app.use(createConsoleRouter())
  app.mount('#app')
}

start().catch((error: unknown) => {
  const root = document.getElementById('app')
  if (root) {
    root.setAttribute('role', 'alert')
    root.textContent = `控制台无法启动 / The console cannot start: ${error instanceof Error ? error.message : String(error)}`
  }
})
