/** What the access token says the user may do: realm roles and per-site roles from groups. */
export interface Grants {
  username: string
  displayName: string
  platformRoles: string[]
  /** site code -> roles on it, from Keycloak groups /sites/{code}/{role}. */
  siteRoles: Record<string, string[]>
}

export const PLATFORM_ADMIN = 'platform-admin'
export const SUPERVISOR = 'supervisor'

interface Claims {
  preferred_username?: string
  name?: string
  realm_access?: { roles?: string[] }
  groups?: string[]
}

export function decodeClaims(token: string): Claims {
  const payload = token.split('.')[1] ?? ''
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=')
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  return JSON.parse(new TextDecoder().decode(bytes)) as Claims
}

export function grantsOf(token: string): Grants {
  const claims = decodeClaims(token)
  const siteRoles: Record<string, string[]> = {}
  for (const group of claims.groups ?? []) {
    const match = /^\/sites\/([a-z][a-z0-9-]{1,30})\/([a-z-]+)$/.exec(group)
    if (match) {
      const [, code, role] = match
      siteRoles[code] = [...(siteRoles[code] ?? []), role]
    }
  }
  const platformRoles = (claims.realm_access?.roles ?? []).filter((role) => role === PLATFORM_ADMIN || role === SUPERVISOR)
  const username = claims.preferred_username ?? ''
  return { username, displayName: claims.name || username, platformRoles, siteRoles }
}

export function isPlatformStaff(grants: Grants): boolean {
  return grants.platformRoles.length > 0
}

/** Same rule as the services: platform admins hold every site role. */
export function canEditSite(grants: Grants, code: string): boolean {
  if (grants.platformRoles.includes(PLATFORM_ADMIN)) {
    return true
  }
  return (grants.siteRoles[code] ?? []).some((role) => role === 'editor' || role === 'site-admin')
}

/** Site administration (整合迁移 and the like): the site's admins and platform admins. */
export function canAdministerSite(grants: Grants, code: string): boolean {
  return grants.platformRoles.includes(PLATFORM_ADMIN) || (grants.siteRoles[code] ?? []).includes('site-admin')
}
