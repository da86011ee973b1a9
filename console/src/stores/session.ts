import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { grantsOf, isPlatformStaff, type Grants } from '../auth/roles'
import { api } from '../api/http'
import { sitesApi, type Site } from '../api/platform'

const SITE_KEY = 'govsite.console.site'

/** The signed-in user's grants, the sites they work on and the one chosen now. */
export const useSessionStore = defineStore('session', () => {
  const grants = ref<Grants | null>(null)
  const sites = ref<Site[]>([])
  const currentCode = ref<string | null>(window.localStorage.getItem(SITE_KEY))

  const platformStaff = computed(() => (grants.value ? isPlatformStaff(grants.value) : false))
  const currentSite = computed(() => sites.value.find((site) => site.code === currentCode.value) ?? null)

  function signedIn(accessToken: string) {
    grants.value = grantsOf(accessToken)
  }

  /** Staff see every site; others the sites of their groups (public facts suffice). */
  async function loadSites() {
    if (!grants.value) return
    if (platformStaff.value) {
      sites.value = await sitesApi.list()
    } else {
      const codes = Object.keys(grants.value.siteRoles)
      const found = await Promise.all(codes.map((code) => api<Site>('GET', `/api/tenant/public/sites/${code}`).catch(() => null)))
      sites.value = found.filter((site): site is Site => site !== null)
    }
    if (!currentSite.value && sites.value.length > 0) {
      choose(sites.value[0].code)
    }
  }

  function choose(code: string) {
    currentCode.value = code
    window.localStorage.setItem(SITE_KEY, code)
  }

  return { grants, sites, currentCode, currentSite, platformStaff, signedIn, loadSites, choose }
})
