// Hostile input against the RUNNING platform (./govsite up): the XSS filter-evasion vectors of
// e2e/xss-vectors.txt go in through every displayed text field a person can fill — article
// titles, bodies and sources, column and site names, a citizen's letter (title and body), the
// staff's reply, the search box — by the real APIs; what the edge accepts is published, and
// every page that shows it is opened in headless Chromium with alert/confirm/prompt replaced by
// a counter. Each page is also searched for armed handlers (on* attributes, javascript: and
// data:text/html addresses) that would run on a click or a hover. Prints the figures.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import {
  GATEWAY_PORT, CHROMIUM, KEYCLOAK, apiToken, createUser, deleteUser, eventually, gateway, launchChromium, letters, reachable,
} from './support.mjs'

const ARTIFACTS = new URL('./artifacts/hostile-input/', import.meta.url).pathname
const VECTORS = readFileSync(new URL('./xss-vectors.txt', import.meta.url), 'utf8')
  .split('\n').filter((line) => line.trim() && !line.startsWith('#'))
const suffix = letters()
const OPERATOR = `e2e-hostile-${suffix}`
const PASSWORD = `Govsite@${suffix}1`
// The site's own name carries a vector too: it is in every page's header and on search hits.
const SITE = { code: `xss-${suffix}`, name: `安全测试局${suffix}<img src=x onerror=alert('XSS')>` }
const HOST = `${SITE.code}.govsite.localhost`
// 网站标识码: a site goes online only with one; random, unique in practice.
const IDENTIFIER = String(1000000000 + Math.floor(Math.random() * 8000000000))
const API = 'api.govsite.localhost'

let browser
let token
let userId
/** Per field: how many vectors the edge refused (4xx) and how many it took. */
const fields = {}
const pages = new Set()

/** The first refusal of each field, printed so that a reader sees why the edge said no. */
const reasons = {}

function tally(field, status, answer) {
  fields[field] ??= { refused: 0, accepted: 0 }
  if (answer && status >= 400 && !reasons[field]) reasons[field] = answer.text.slice(0, 300)
  if (status >= 200 && status < 300) fields[field].accepted += 1
  else if (status >= 400 && status < 500) fields[field].refused += 1
  else assert.fail(`${field}: the platform answered ${status} to a hostile value (a 5xx is a crash, not a refusal)`)
}

/** An API call as the operator, about the test's site (except the tenant API's site creation). */
async function call(method, path, body) {
  return gateway(method, API, path, { body, token, site: path === '/api/tenant/sites' ? undefined : SITE.code })
}

before(async () => {
  // Missing prerequisites fail the run with what to do: this test never skips.
  assert.ok(existsSync(CHROMIUM), `No Chromium at ${CHROMIUM}: run "apt-get install -y chromium fonts-noto-cjk" (or set GOVSITE_CHROMIUM).`)
  assert.ok(await reachable(`http://127.0.0.1:${GATEWAY_PORT}/actuator/health`),
    `No gateway on 127.0.0.1:${GATEWAY_PORT}: run "./govsite up" first (GOVSITE_GATEWAY_PORT selects the port).`)
  assert.ok(await reachable(`${KEYCLOAK}/realms/govsite/.well-known/openid-configuration`),
    `No Keycloak realm at ${KEYCLOAK}: run "./govsite up" first (GOVSITE_KEYCLOAK_PORT selects the port).`)
  mkdirSync(ARTIFACTS, { recursive: true })
  userId = await createUser(OPERATOR, PASSWORD, ['platform-admin'])
  token = await apiToken(OPERATOR, PASSWORD)
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
  if (userId) await deleteUser(userId)
})

test('no XSS vector runs on any page that shows what people typed', async (t) => {
  assert.ok(VECTORS.length >= 80, `the vector list has ${VECTORS.length} entries`)
  let columnId

  await t.test('a site and a column, and the vectors in their names', async () => {
    let created = await call('POST', '/api/tenant/sites', { ...SITE, kind: 'DEPARTMENT', parentCode: 'www', autoApprove: true, siteIdentifier: IDENTIFIER })
    tally('site name', created.status)
    if (created.status !== 201) {
      SITE.name = `安全测试局${suffix}`
      created = await call('POST', '/api/tenant/sites', { ...SITE, kind: 'DEPARTMENT', parentCode: 'www', autoApprove: true, siteIdentifier: IDENTIFIER })
    }
    assert.equal(created.status, 201, created.text)
    // content-service learns of the site from its SiteCreated event.
    const column = await eventually('creating the column', async () => {
      const answer = await call('POST', '/api/content/columns', { name: '安全测试', method: 'DIRECT_PUBLISH', responsibleUnit: '办公室', cycleText: '每周' })
      return answer.status === 201 ? answer.json() : undefined
    })
    columnId = column.id
    for (const vector of VECTORS.slice(0, 10)) {
      const answer = await call('POST', '/api/content/columns', { name: `栏目${vector}`.slice(0, 50), method: 'DIRECT_PUBLISH', responsibleUnit: '办公室', cycleText: '每周' })
      tally('column name', answer.status)
    }
  })

  const articles = []
  await t.test('articles with a vector in the title, the body and the source, published', async () => {
    for (const [i, vector] of VECTORS.entries()) {
      const marker = `向量${i + 1}号`
      // The pre-publish check blocks titles over 20 characters: longer vectors go in the body and the source only.
      const created = await call('POST', '/api/content/articles', {
        columnId, title: vector.length <= 20 ? vector : marker, body: `<p>${marker}</p>\n${vector}\n\n第二段 ${vector}`, source: vector.slice(0, 100) })
      tally('article title, body and source', created.status, created)
      if (created.status !== 201) continue
      const { id } = created.json()
      const published = await call('POST', `/api/content/articles/${id}/publish`)
      tally('article publish', published.status, published)
      if (published.status < 300) articles.push({ id, marker })
    }
    assert.ok(articles.length > 0, 'some hostile articles are accepted and published, so the pages are really checked')
  })

  await t.test('a citizen\'s letters and the staff\'s replies, published', async () => {
    const boxes = await gateway('GET', HOST, '/api/content/public/mailboxes')
    assert.equal(boxes.status, 200, boxes.text)
    if (!boxes.json().some((box) => box.code === 'consult')) {
      const made = await call('POST', '/api/content/mailboxes', { code: 'consult', name: '咨询', deadlineDays: 5, remindDays: 1 })
      assert.equal(made.status, 201, made.text)
    }
    // Four letters: the public submission limit is five per client and site in ten minutes.
    const groups = [0, 1, 2, 3].map((g) => VECTORS.filter((_, i) => i % 4 === g))
    for (const [g, group] of groups.entries()) {
      const sent = await gateway('POST', HOST, '/api/content/public/mailboxes/consult/messages', {
        body: { title: `来信${g + 1} ${group[0]}`, body: group.join('\n'), name: group[1].slice(0, 200), phone: '13800000000' } })
      tally('letter title, body and name', sent.status)
      if (sent.status !== 201) continue
      const staff = await eventually('the letter in the staff queue', async () => {
        const queue = (await call('GET', '/api/content/mailbox-messages')).json()
        return queue.find((message) => String(message.title ?? '').startsWith(`来信${g + 1}`))
      }, 30_000)
      assert.equal((await call('POST', `/api/content/mailbox-messages/${staff.id}/accept`)).status, 200)
      tally('reply', (await call('POST', `/api/content/mailbox-messages/${staff.id}/reply`, { reply: `答复 ${group.join(' ')}`.slice(0, 5000) })).status)
      tally('letter publish', (await call('POST', `/api/content/mailbox-messages/${staff.id}/publish`, {})).status)
    }
  })

  const executed = []
  const armed = []
  await t.test('every page in Chromium: no script from a vector runs, no handler is armed', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' })
    await context.exposeBinding('__xssRan', ({ page }, how) => executed.push(`${page.url()} (${how})`))
    await context.addInitScript(() => {
      for (const name of ['alert', 'confirm', 'prompt', 'print']) {
        window[name] = () => window.__xssRan(name)
      }
    })
    const page = await context.newPage()
    page.on('dialog', (dialog) => { executed.push(`${page.url()} (dialog)`); dialog.dismiss().catch(() => {}) })
    const site = `http://${HOST}:${GATEWAY_PORT}`
    const open = async (path, expectText) => {
      const url = `${site}${path}`
      const answer = await eventually(`${path} is served`, async () => {
        const response = await page.goto(url, { waitUntil: 'load' })
        return response.status() === 200 && (!expectText || (await page.content()).includes(expectText)) ? response : undefined
      }, 60_000)
      assert.ok(answer)
      pages.add(url)
      // Autofocus and timers get their moment; then every element is hovered and focused by script events.
      await page.waitForTimeout(150)
      armed.push(...(await page.evaluate(() => {
        const found = []
        const scriptUrl = /^\s*(javascript|vbscript|data:text\/html)/i
        for (const element of document.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            const name = attribute.name.toLowerCase()
            if (name.startsWith('on') || (['href', 'src', 'action', 'formaction', 'data', 'background', 'srcdoc', 'lowsrc', 'dynsrc'].includes(name) && (scriptUrl.test(attribute.value) || name === 'srcdoc'))) {
              found.push(`${location.pathname}: <${element.localName} ${name}="${attribute.value.slice(0, 60)}">`)
            }
          }
          element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))
        }
        for (const script of document.querySelectorAll('script')) {
          const src = script.getAttribute('src')
          if (!src || !src.startsWith('/assets/')) found.push(`${location.pathname}: <script ${src ? `src="${src}"` : 'inline'}>`)
        }
        return found
      })))
    }
    for (const { id, marker } of articles) await open(`/articles/${id}.html`, marker)
    // The search page lists hits, labelled with their site, hostile titles among them.
    await eventually('the search page lists a hostile article', async () => {
      await page.goto(`${site}/search.html?q=${encodeURIComponent(articles[0].marker)}`)
      await page.locator('#results [role="status"]').waitFor({ timeout: 10_000 })
      return (await page.locator('.search-hits li').filter({ hasText: `[${SITE.name}]` }).count()) > 0
    })
    await page.screenshot({ path: `${ARTIFACTS}search.png`, fullPage: true })
    await open(`/columns/${columnId}/`)
    await open('/')
    await open('/interaction/', '来信')
    await page.screenshot({ path: `${ARTIFACTS}interaction.png`, fullPage: true })
    for (const vector of VECTORS) await open(`/search.html?q=${encodeURIComponent(vector)}`)
    await page.goto(`${site}/articles/${articles[0].id}.html`)
    await page.screenshot({ path: `${ARTIFACTS}article.png`, fullPage: true })
    await context.close()
  })

  const refused = Object.values(fields).reduce((sum, f) => sum + f.refused, 0)
  console.log(`hostile input: ${VECTORS.length} XSS vectors; per field (refused at the edge / accepted): ${
    Object.entries(fields).map(([field, f]) => `${field} ${f.refused}/${f.accepted}`).join('; ')}`)
  for (const [field, reason] of Object.entries(reasons)) console.log(`hostile input: first refusal of ${field}: ${reason}`)
  console.log(`hostile input: ${pages.size} rendered pages opened in Chromium; ${refused} values refused at the edge; `
    + `scripts executed: ${executed.length}; armed handlers or script addresses: ${armed.length}`)
  assert.deepEqual(executed, [], 'no vector may run')
  assert.deepEqual(armed, [], 'no handler or script address may be left in a page')
})
