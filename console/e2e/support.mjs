// What the end-to-end tests against the running platform share: ports, Chromium, reaching
// the gateway with a site's Host, Keycloak's admin API and its users, waiting with a deadline.
import assert from 'node:assert/strict'
import http from 'node:http'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

export const GATEWAY_PORT = process.env.GOVSITE_GATEWAY_PORT ?? '18080'
export const KEYCLOAK_PORT = process.env.GOVSITE_KEYCLOAK_PORT ?? '18180'
export const CHROMIUM = process.env.GOVSITE_CHROMIUM ?? '/usr/bin/chromium'
export const KEYCLOAK = `http://127.0.0.1:${KEYCLOAK_PORT}`

/** Eight random lower-case letters: names made per run (Keycloak and the databases outlive it). */
export const letters = () => Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')

/** Headless Chromium with the flags this machine's closed network needs. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  })
}

/**
 * A request to the gateway on 127.0.0.1 with the given Host (Node does not resolve
 * *.localhost as Chromium does); answers { status, headers, text, json() }.
 */
export function gateway(method, host, path, { body, token, site, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body))
    const request = http.request({ host: '127.0.0.1', port: GATEWAY_PORT, method, path, timeout: 30_000,
      headers: {
        Host: `${host}:${GATEWAY_PORT}`, Accept: 'application/json, application/problem+json, text/html',
        ...(payload !== undefined ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(site ? { 'X-Govsite-Site': site } : {}),
        ...headers,
      } }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        resolve({ status: response.statusCode, headers: response.headers, text, json: () => JSON.parse(text) })
      })
    })
    request.on('error', reject)
    request.on('timeout', () => request.destroy(new Error(`${method} ${host}${path} timed out`)))
    if (payload !== undefined) request.write(payload)
    request.end()
  })
}

export async function reachable(url, status) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
    return status ? response.status === status : response.status < 500
  } catch {
    return false
  }
}

export async function eventually(what, action, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  let last
  while (Date.now() < deadline) {
    try {
      const value = await action()
      if (value) return value
    } catch (error) {
      last = error
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  assert.fail(`${what} did not happen within ${timeoutMs / 1000}s${last ? `: ${last.message}` : ''}`)
}

export async function keycloakAdmin(path, init = {}) {
  const login = await fetch(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }),
  })
  assert.equal(login.status, 200, 'the Keycloak admin (admin/admin, as the launcher sets it) can sign in')
  const { access_token: token } = await login.json()
  return fetch(`${KEYCLOAK}/admin/realms/govsite${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  })
}

/** A realm user with a password and the given realm roles; returns its id (delete it with deleteUser). */
export async function createUser(username, password, realmRoles = []) {
  const created = await keycloakAdmin('/users', { method: 'POST', body: JSON.stringify({
    username, enabled: true, email: `${username}@test.govsite.localhost`, emailVerified: true,
    firstName: '测试', lastName: username, credentials: [{ type: 'password', value: password, temporary: false }] }) })
  assert.equal(created.status, 201, `creating ${username}: ${await created.text()}`)
  const id = created.headers.get('location').split('/').pop()
  for (const name of realmRoles) {
    const role = await (await keycloakAdmin(`/roles/${name}`)).json()
    const mapped = await keycloakAdmin(`/users/${id}/role-mappings/realm`, { method: 'POST', body: JSON.stringify([role]) })
    assert.equal(mapped.status, 204, `${name} is granted`)
  }
  return id
}

export async function deleteUser(id) {
  await keycloakAdmin(`/users/${id}`, { method: 'DELETE' })
}

/** An API token by the password grant of the realm's dev-only test client (no browser, so no TOTP). */
export async function apiToken(username, password) {
  const answer = await fetch(`${KEYCLOAK}/realms/govsite/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'govsite-tests', username, password }),
  })
  assert.equal(answer.status, 200, `a token for ${username}: ${await answer.clone().text()}`)
  return (await answer.json()).access_token
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** axe-core on the settled page (evaluated over DevTools, so the console's CSP stays strict): no serious or critical violation. */
export async function assertAccessible(page, screen) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.el-loading-mask')].every((mask) => mask.offsetParent === null) &&
    document.getAnimations().every((animation) => animation.playState !== 'running'))
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE)
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
  })
  assert.deepEqual(violations, [], `axe found serious/critical violations on ${screen}:\n${JSON.stringify(violations, null, 2)}`)
}
