import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'

export type Locale = 'zh-CN' | 'en'
const KEY = 'govsite.console.locale'

function initialLocale(): Locale {
  return window.localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN'
}

/** Chinese first: zh-CN unless the user switched to English (remembered per browser). */
export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  window.localStorage.setItem(KEY, locale)
  document.documentElement.lang = locale
}

document.documentElement.lang = initialLocale()
