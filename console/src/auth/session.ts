import { InMemoryWebStorage, User, UserManager, WebStorageStateStore } from 'oidc-client-ts'
import type { ConsoleConfig } from '../config'

/**
 * Sign-in with oidc-client-ts: authorization code + PKCE (S256) against the realm.
 * Tokens live only in memory (a reload signs in again through Keycloak's SSO cookie,
 * without a password); the refresh token renews the access token a minute before it
 * expires. Only the PKCE verifier and state of a pending sign-in are kept in
 * sessionStorage, because they must survive the redirect to Keycloak and back.
 */
export const CALLBACK_PATH = '/signin-callback'

let manager: UserManager | undefined
let current: User | null = null

export function createManager(config: ConsoleConfig): UserManager {
  const origin = window.location.origin
  manager = new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + '/',
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 60,
    monitorSession: false,
    loadUserInfo: false,
  })
  manager.events.addUserLoaded((user) => {
    current = user
  })
  manager.events.addSilentRenewError(() => {
    // The refresh token is gone (SSO session ended): sign in again where the user was.
    void signIn()
  })
  return manager
}

function requireManager(): UserManager {
  if (!manager) {
    throw new Error('sign-in is not configured')
  }
  return manager
}

/** Finishes a sign-in on the callback path, or starts one; resolves with the user. */
export async function ensureSignedIn(): Promise<User | null> {
  const users = requireManager()
  if (window.location.pathname === CALLBACK_PATH) {
    current = await users.signinRedirectCallback()
    const target = typeof current.state === 'string' && current.state.startsWith('/') ? current.state : '/'
    window.history.replaceState(null, '', target)
    return current
  }
  current = await users.getUser()
  if (current && !current.expired) {
    return current
  }
  await signIn()
  return null
}

export async function signIn(): Promise<void> {
  const target = window.location.pathname === CALLBACK_PATH ? '/' : window.location.pathname + window.location.search
  await requireManager().signinRedirect({ state: target })
}

export async function signOut(): Promise<void> {
  const users = requireManager()
  const idToken = current?.id_token
  current = null
  await users.removeUser()
  await users.signoutRedirect({ id_token_hint: idToken })
}

/** The access token for an API call, renewed first if it is about to expire. */
export async function accessToken(): Promise<string | null> {
  if (current && (current.expires_in ?? 0) < 10) {
    try {
      current = await requireManager().signinSilent()
    } catch {
      current = null
    }
  }
  return current?.access_token ?? null
}

export function currentUser(): User | null {
  return current
}
