// End-to-end test of the console against the RUNNING platform (./govsite up): an
// operator signs in through Keycloak's login page, opens a site, adds a column, registers a
// picture in the library, writes and publishes an article, sees it live on the site's
// subdomain and finds it by search, reads the search analytics, puts the picture into a
// reviewed article, answers a citizen's message, and opens the supervision dashboard.
// Screenshots of every step go to e2e/artifacts/; axe-core checks the main screens.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import http from 'node:http'
import { createHmac } from 'node:crypto'
import { chromium } from 'playwright-core'

const require = createRequire(import.meta.url)
const GATEWAY_PORT = process.env.GOVSITE_GATEWAY_PORT ?? '18080'
const KEYCLOAK_PORT = process.env.GOVSITE_KEYCLOAK_PORT ?? '18180'
const CHROMIUM = process.env.GOVSITE_CHROMIUM ?? '/usr/bin/chromium'
const CONSOLE = `http://console.govsite.localhost:${GATEWAY_PORT}`
const KEYCLOAK = `http://127.0.0.1:${KEYCLOAK_PORT}`
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

// Unique per run: Keycloak and the databases outlive it.
const letters = () => Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')
const suffix = letters()
// A platform operator of its own per run: the realm asks platform roles for a TOTP code, and
// the test enrols this user's authenticator on the first sign-in, as a person would.
const USER = `e2e-operator-${suffix}`
const REVIEWER = `e2e-reviewer-${suffix}`
const PASSWORD = `Govsite@${suffix}1`
/** Keycloak ids of the users this run made, deleted at the end. */
const userIds = []
const SITE = { code: `e2e-${suffix}`, name: `端到端测试局${suffix}` }
const WORD = letters()
const REVIEWED = { title: `审核发布测试 ${WORD}`, body: '第一段：这篇通知须经审核后发布。' }
const PICTURE = { title: `端到端测试图片 ${WORD}`, alt: '控制台截图：端到端测试' }
/** A query nothing matches, for the zero-result list of the search analytics. */
const NOWORD = letters()
const ARTICLE = { title: `控制台发布测试 ${WORD}`, body: `第一段：这是控制台端到端测试写的文章 ${WORD}。\n\n第二段：公众可以在站点上看到它。` }

let browser
let page
let step = 0

async function shot(name) {
  step += 1
  const file = `${ARTIFACTS}${String(step).padStart(2, '0')}-${name}.png`
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** A subtest that leaves a screenshot of where it stopped when it fails. */
async function inStep(t, name, body) {
  await t.test(name, async () => {
    try {
      await body()
    } catch (error) {
      await shot(`failed-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}`).catch(() => {})
      throw error
    }
  })
}

/** axe-core in the page (evaluated over DevTools, so the console's CSP stays strict). */
async function assertAccessible(screen) {
  // axe judges the settled screen: a fading toast or a loading mask lowers contrast only for a moment.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.el-loading-mask')].every((mask) => mask.offsetParent === null) &&
    document.getAnimations().every((animation) => animation.playState !== 'running'))
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.evaluate(AXE)
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
  })
  assert.deepEqual(violations, [], `axe found serious/critical violations on ${screen}:\n${JSON.stringify(violations, null, 2)}`)
}

async function reachable(url, status) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
    return status ? response.status === status : response.status < 500
  } catch {
    return false
  }
}

/** Node does not resolve *.localhost as Chromium does: ask 127.0.0.1 with the console's Host. */
function consoleServed() {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port: GATEWAY_PORT, path: '/console-config.json',
      headers: { Host: `console.govsite.localhost:${GATEWAY_PORT}` }, timeout: 5000 }, (response) => {
      response.resume()
      resolve(response.statusCode === 200)
    })
    request.on('error', () => resolve(false))
    request.on('timeout', () => request.destroy())
  })
}

/** A citizen's POST on the site's own host (Node does not resolve *.localhost). */
function postToSite(code, path, body) {
  return new Promise((resolve, reject) => {
    const data = Buffer.from(JSON.stringify(body))
    const request = http.request({ host: '127.0.0.1', port: GATEWAY_PORT, path, method: 'POST', timeout: 10_000,
      headers: { Host: `${code}.govsite.localhost:${GATEWAY_PORT}`, 'Content-Type': 'application/json', 'Content-Length': data.length } }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') }))
    })
    request.on('error', reject)
    request.on('timeout', () => request.destroy(new Error(`POST ${path} timed out`)))
    request.end(data)
  })
}

async function eventually(what, action, timeoutMs = 60_000) {
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

async function keycloakAdmin(path, init = {}) {
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

/** A realm user with a password (and a realm role when given); deleted after the run. */
async function createUser(username, firstName, lastName, realmRole) {
  const created = await keycloakAdmin('/users', { method: 'POST', body: JSON.stringify({
    username, enabled: true, email: `${username}@test.govsite.localhost`, emailVerified: true,
    firstName, lastName, credentials: [{ type: 'password', value: PASSWORD, temporary: false }] }) })
  assert.equal(created.status, 201, `creating ${username}: ${await created.text()}`)
  const id = created.headers.get('location').split('/').pop()
  userIds.push(id)
  if (realmRole) {
    const role = await (await keycloakAdmin(`/roles/${realmRole}`)).json()
    const mapped = await keycloakAdmin(`/users/${id}/role-mappings/realm`, { method: 'POST', body: JSON.stringify([role]) })
    assert.equal(mapped.status, 204, `${realmRole} is granted`)
  }
}

/** RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s) over Keycloak's raw secret, as an authenticator app computes it. */
function totp(secret, at = Date.now()) {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)))
  const mac = createHmac('sha1', Buffer.from(secret, 'utf8')).update(counter).digest()
  const offset = mac[mac.length - 1] & 0x0f
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}

async function chooseOption(trigger, optionName) {
  await trigger.click()
  await page.getByRole('option', { name: optionName }).last().click()
}

before(async () => {
  // Missing prerequisites fail the run with what to do: this test never skips.
  assert.ok(existsSync(CHROMIUM), `No Chromium at ${CHROMIUM}: run "apt-get install -y chromium fonts-noto-cjk" (or set GOVSITE_CHROMIUM).`)
  assert.ok(await reachable(`http://127.0.0.1:${GATEWAY_PORT}/actuator/health`),
    `No gateway on 127.0.0.1:${GATEWAY_PORT}: run "./govsite up" first (GOVSITE_GATEWAY_PORT selects the port).`)
  assert.ok(await consoleServed(),
    `The gateway on port ${GATEWAY_PORT} does not serve the console: it predates it, restart it ("./govsite down && ./govsite up").`)
  assert.ok(await reachable(`http://127.0.0.1:${KEYCLOAK_PORT}/realms/govsite/.well-known/openid-configuration`),
    `No Keycloak realm on 127.0.0.1:${KEYCLOAK_PORT}: run "./govsite up" first (GOVSITE_KEYCLOAK_PORT selects the port).`)
  // Screenshots of this run only: an earlier run's would be mistaken for this one's.
  rmSync(ARTIFACTS, { recursive: true, force: true })
  mkdirSync(ARTIFACTS, { recursive: true })
  await createUser(USER, '测试', '运维', 'platform-admin')
  await createUser(REVIEWER, '测试', '审核')
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  })
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })
  page = await context.newPage()
  page.setDefaultTimeout(30_000)
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[browser] ${message.text()}`)
  })
})

after(async () => {
  await browser?.close()
  for (const id of userIds) await keycloakAdmin(`/users/${id}`, { method: 'DELETE' })
})

test('an operator publishes an article from the console and finds it live and by search', async (t) => {
  await inStep(t, 'signs in through Keycloak (code + PKCE)', async () => {
    await page.goto(`${CONSOLE}/`)
    await page.waitForURL((url) => url.port === KEYCLOAK_PORT && url.pathname.includes('/realms/govsite/'))
    assert.match(new URL(page.url()).searchParams.get('code_challenge_method') ?? '', /^S256$/)
    await shot('keycloak-login')
    await page.fill('#username', USER)
    await page.fill('#password', PASSWORD)
    await page.click('#kc-login')
    // First sign-in of a platform role: enrol an authenticator (the secret is in the form).
    await page.waitForURL((url) => url.searchParams.get('execution') === 'CONFIGURE_TOTP')
    await shot('totp-enrolment')
    const secret = await page.locator('#totpSecret').inputValue()
    await page.fill('#totp', totp(secret))
    await page.fill('#userLabel', 'e2e')
    await page.click('#saveTOTPBtn')
    await page.waitForURL((url) => url.origin === CONSOLE && url.pathname === '/')
    await page.getByRole('heading', { level: 1, name: /欢迎/ }).waitFor()
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN')
    assert.match(await page.getByTestId('user').innerText(), /平台运维/)
    await shot('home')
    await assertAccessible('home')
  })

  await inStep(t, 'the onboarding form shows the server\'s validation errors at the fields', async () => {
    await page.getByRole('menuitem', { name: '站点管理' }).click()
    await page.getByRole('heading', { level: 1, name: '站点管理' }).waitFor()
    await page.getByTestId('sites-table').locator('tbody tr').first().waitFor()
    await assertAccessible('sites')
    await page.fill('#site-code', 'Bad Code!')
    await page.fill('#site-name', 'no chinese')
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/tenant/sites') && r.request().method() === 'POST')
    await page.getByTestId('site-submit').click()
    assert.equal((await answer).status(), 400)
    const errors = page.locator('.el-form-item__error')
    await errors.first().waitFor()
    assert.ok((await errors.count()) >= 2, 'an error at the code and at the name')
    await page.getByRole('alert').first().waitFor()
    await shot('site-validation-errors')
    await assertAccessible('sites with errors')
  })

  await inStep(t, 'opens a department site', async () => {
    await page.fill('#site-code', SITE.code)
    await page.fill('#site-name', SITE.name)
    // Online at once, so with its 网站标识码 (random, unique in practice).
    await page.fill('#site-identifier', String(1000000000 + Math.floor(Math.random() * 8000000000)))
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/tenant/sites') && r.request().method() === 'POST')
    await page.getByTestId('site-submit').click()
    assert.equal((await answer).status(), 201, 'the site is created')
    await page.getByTestId('sites-table').getByText(SITE.code, { exact: true }).waitFor()
    await shot('site-created')
    await chooseOption(page.locator('.header .el-select'), new RegExp(SITE.code))
  })

  await inStep(t, 'adds a column to the new site', async () => {
    await page.getByRole('menuitem', { name: '栏目管理' }).click()
    await page.getByRole('heading', { level: 1, name: new RegExp(`栏目管理 · ${SITE.name}`) }).waitFor()
    await page.fill('#column-name', '工作动态')
    await chooseOption(page.getByTestId('column-method'), '直接发布')
    await page.fill('#column-unit', '办公室')
    await page.fill('#column-cycle', '每周')
    // content-service learns of a new site from its SiteCreated event: retry until it has.
    await eventually('creating the column', async () => {
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/content/columns') && r.request().method() === 'POST')
      await page.getByTestId('column-submit').click()
      return (await answer).status() === 201
    })
    const columnRow = page.getByTestId('columns-table').locator('tr', { hasText: '工作动态' })
    await columnRow.waitFor()
    await columnRow.getByText('直接发布').waitFor()
    await columnRow.getByText('办公室').waitFor()
    await shot('column-created')
    await assertAccessible('columns')
  })

  let assetId
  await inStep(t, 'uploads a picture with its metadata and registers it in the library', async () => {
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 180 } })
    await page.getByRole('menuitem', { name: '资源库' }).click()
    await page.getByRole('heading', { level: 1, name: new RegExp(`资源库 · ${SITE.name}`) }).waitFor()
    await assertAccessible('library')
    await page.getByTestId('library-upload').click()
    await page.setInputFiles('#asset-file', { name: 'e2e-picture.png', mimeType: 'image/png', buffer: png })
    await page.fill('#upload-title', PICTURE.title)
    // Uploaded, but registration needs the rights holder, licence, category and alt text.
    const uploadAnswer = page.waitForResponse((r) => r.url().endsWith('/api/asset/assets') && r.request().method() === 'POST')
    const refusedAnswer = page.waitForResponse((r) => /\/api\/asset\/assets\/\d+\/register$/.test(r.url()))
    await page.getByTestId('upload-submit').click()
    const uploaded = await uploadAnswer
    assert.equal(uploaded.status(), 201, 'the file is uploaded')
    assetId = (await uploaded.json()).id
    const refused = await refusedAnswer
    assert.ok(refused.status() >= 400 && refused.status() < 500, `registration without the metadata is refused (${refused.status()})`)
    await page.getByTestId('upload-progress').getByText('100%').waitFor()
    await page.getByTestId('upload-pending').waitFor()
    const errors = page.getByTestId('upload-form').locator('.el-form-item__error')
    await errors.first().waitFor()
    assert.ok((await errors.count()) >= 4, 'rights holder, licence, category and alt text are marked')
    await shot('library-registration-refused')
    await assertAccessible('library upload with errors')
    await page.fill('#upload-rights-holder', SITE.name)
    await page.fill('#upload-licence', '单位自有')
    await page.fill('#upload-category', '工作图片')
    await page.fill('#upload-tags', '测试，截图')
    await page.fill('#upload-alt', PICTURE.alt)
    const registered = page.waitForResponse((r) => r.url().endsWith(`/api/asset/assets/${assetId}/register`))
    await page.getByTestId('upload-submit').click()
    assert.equal((await registered).status(), 200, 'the completed upload is registered')
    const rows = page.getByTestId('library-table').locator('tr', { hasText: PICTURE.title })
    await rows.getByText('已登记').waitFor()
    assert.equal(await rows.count(), 1, 'the retry registered the same upload, not a second copy')
    await page.getByTestId(`asset-open-${assetId}`).click()
    const preview = page.getByTestId('asset-preview')
    await preview.waitFor()
    assert.equal(await preview.getAttribute('alt'), PICTURE.alt)
    assert.ok(await preview.evaluate((img) => img.complete && img.naturalWidth > 0), 'the preview is drawn')
    await shot('library-registered')
    await assertAccessible('library detail')
    await page.keyboard.press('Escape')
    await page.getByTestId('asset-detail').waitFor({ state: 'detached' })
  })

  let articleId
  await inStep(t, 'writes an article and publishes it', async () => {
    await page.getByRole('menuitem', { name: '文章管理' }).click()
    await page.getByRole('heading', { level: 1, name: /文章管理/ }).waitFor()
    await page.getByTestId('write-article').click()
    await page.getByRole('heading', { level: 1, name: /写文章/ }).waitFor()
    await chooseOption(page.locator('form .el-select').first(), '工作动态')
    await page.fill('#article-title', ARTICLE.title)
    await page.fill('#article-body', ARTICLE.body)
    await page.fill('#article-source', '端到端测试')
    await shot('article-form')
    await assertAccessible('article form')
    const created = page.waitForResponse((r) => r.url().endsWith('/api/content/articles') && r.request().method() === 'POST')
    await page.getByTestId('article-submit').click()
    const answer = await created
    assert.equal(answer.status(), 201)
    articleId = (await answer.json()).id
    const row = page.getByTestId('articles-table').locator('tr', { hasText: ARTICLE.title })
    await row.getByText('草稿').waitFor()
    await shot('article-draft')
    await assertAccessible('articles')
    await page.getByTestId(`publish-${articleId}`).click()
    const published = page.waitForResponse((r) => r.url().endsWith(`/articles/${articleId}/publish`))
    await page.getByRole('dialog').getByRole('button', { name: '发布' }).click()
    assert.ok((await published).ok(), 'publish succeeds')
    await row.getByText('已发布').waitFor()
    await shot('article-published')
  })

  await inStep(t, 'the page is live on the site\'s subdomain', async () => {
    const link = page.getByTestId(`live-${articleId}`)
    const href = await link.getAttribute('href')
    assert.equal(href, `http://${SITE.code}.govsite.localhost:${GATEWAY_PORT}/articles/${articleId}.html`)
    const live = await page.context().newPage()
    await eventually('the live page', async () => (await live.goto(href)).status() === 200)
    await live.getByText(ARTICLE.title).first().waitFor()
    const previous = page
    page = live
    await shot('live-page')
    page = previous
    await live.close()
  })

  await inStep(t, 'search finds it', async () => {
    const url = `http://${SITE.code}.govsite.localhost:${GATEWAY_PORT}/api/search?q=${encodeURIComponent(WORD)}`
    const hit = await eventually('the article in search', async () => {
      const answer = await (await fetch(`http://127.0.0.1:${GATEWAY_PORT}/api/search?q=${encodeURIComponent(WORD)}`)).json()
      return answer.hits?.find((h) => h.path === `/articles/${articleId}.html` && h.siteCode === SITE.code)
    })
    assert.equal(hit.title, ARTICLE.title)
    await page.goto(url)
    await shot('search-answer')
  })

  await inStep(t, 'the search analytics show the hot and the zero-result queries', async () => {
    // A search counts for a site when it names the site, as the site's own search page does.
    const siteSearch = (q) => `http://${SITE.code}.govsite.localhost:${GATEWAY_PORT}/api/search?site=${SITE.code}&q=${encodeURIComponent(q)}`
    await page.goto(siteSearch(WORD))
    await page.goto(siteSearch(NOWORD))
    await page.goto(`${CONSOLE}/search-analytics`)
    await page.getByRole('heading', { level: 1, name: '搜索分析' }).waitFor()
    // Counted in the background: refresh until both show.
    await eventually('the queries in the site\'s analytics', async () => {
      const answer = page.waitForResponse((r) => r.url().includes('/api/search/analytics/queries'))
      await page.getByRole('button', { name: '刷新' }).click()
      await answer
      return (await page.getByTestId('hot-table').getByText(WORD, { exact: true }).count()) > 0 &&
        (await page.getByTestId('zero-table').getByText(NOWORD, { exact: true }).count()) > 0
    })
    await page.getByTestId('chart-hot').locator('canvas').first().waitFor()
    await page.getByTestId('chart-zero').locator('canvas').first().waitFor()
    await shot('search-analytics')
    await assertAccessible('search analytics')
    const platform = page.waitForResponse((r) => r.url().includes('/api/search/admin/analytics/queries'))
    await page.getByTestId('analytics-platform').click()
    assert.equal((await platform).status(), 200)
    await page.getByTestId('hot-table').getByText(WORD, { exact: true }).waitFor()
  })

  await inStep(t, 'a reviewer approves what an editor submitted in a reviewed column', async () => {
    await page.goto(`${CONSOLE}/`)
    await page.getByRole('heading', { level: 1, name: /欢迎/ }).waitFor()
    await chooseOption(page.locator('.header .el-select'), new RegExp(SITE.code))
    await page.getByRole('menuitem', { name: '人员与角色' }).click()
    await page.getByRole('heading', { level: 1, name: /人员与角色/ }).waitFor()
    await page.fill('#member-username', REVIEWER)
    await page.fill('#member-email', `${REVIEWER}@test.govsite.localhost`)
    await page.getByTestId('role-reviewer').click()
    await page.getByTestId('member-submit').click()
    await page.getByTestId('members-table').locator('tr', { hasText: REVIEWER }).getByText('审核').waitFor()
    await assertAccessible('members')

    await page.getByRole('menuitem', { name: '栏目管理' }).click()
    await page.fill('#column-name', '通知公告')
    await page.getByTestId('column-submit').click()
    await page.getByTestId('columns-table').locator('tr', { hasText: '通知公告' }).getByText('审核发布').waitFor()
    await page.getByRole('menuitem', { name: '文章管理' }).click()
    await page.getByTestId('write-article').click()
    await chooseOption(page.locator('form .el-select').first(), '通知公告')
    await page.fill('#article-title', REVIEWED.title)
    // A planted sensitive word: the check names it at its place, and it goes once reworded.
    await page.fill('#article-body', `${REVIEWED.body}\n\n欢迎访问网络赌场。`)
    await page.getByTestId('article-check').click()
    const results = page.getByTestId('check-results')
    await results.getByText('网络赌场', { exact: true }).waitFor()
    assert.match(await results.innerText(), /严重[\s\S]*正文第 3 行第 5 字/)
    await shot('check-findings')
    await assertAccessible('check findings')
    await page.fill('#article-body', REVIEWED.body)
    // The picture from the library goes in at the cursor, as the library's own path.
    await page.locator('#article-body').press('End')
    await page.getByTestId('insert-image').click()
    await page.getByTestId(`pick-${assetId}`).click()
    await shot('picker')
    await assertAccessible('picker')
    await page.getByTestId('picker-insert').click()
    const tag = `<img src="/assets/${assetId}/content" alt="${PICTURE.alt}">`
    assert.equal(await page.inputValue('#article-body'), `${REVIEWED.body}\n${tag}\n`)
    await page.getByTestId('article-check').click()
    await results.getByText('未发现问题').waitFor()
    const created = page.waitForResponse((r) => r.url().endsWith('/api/content/articles') && r.request().method() === 'POST')
    await page.getByTestId('article-submit').click()
    const answer = await created
    assert.equal(answer.status(), 201, 'the article with the library picture is saved')
    const saved = await answer.json()
    assert.ok(saved.body.includes(`/assets/${assetId}/content`), `the body keeps the picture: ${saved.body}`)
    const id = saved.id
    const row = page.getByTestId('articles-table').locator('tr', { hasText: REVIEWED.title })
    assert.equal(await page.getByTestId(`publish-${id}`).count(), 0, 'a reviewed column offers no direct publishing')
    await page.getByTestId(`submit-${id}`).click()
    await row.getByText('待审核').waitFor()

    // The reviewer signs in in a browser of their own (no TOTP: reviewers are not administrators).
    const reviewerContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })
    const operatorPage = page
    page = await reviewerContext.newPage()
    try {
      await page.goto(`${CONSOLE}/review`)
      await page.fill('#username', REVIEWER)
      await page.fill('#password', PASSWORD)
      await page.click('#kc-login')
      await page.getByRole('heading', { level: 1, name: /审核/ }).waitFor()
      await chooseOption(page.locator('.header .el-select'), new RegExp(SITE.code))
      await page.getByTestId(`review-${id}`).click()
      await page.getByTestId('review-body').getByText('第一段').waitFor()
      await shot('review-dialog')
      await assertAccessible('review dialog')
      const refused = page.waitForResponse((r) => r.url().endsWith(`/articles/${id}/reject`))
      await page.getByTestId('review-reject').click()
      assert.equal((await refused).status(), 400, 'rejecting without an opinion is refused')
      await page.fill('#review-opinion', '同意发布')
      const approved = page.waitForResponse((r) => r.url().endsWith(`/articles/${id}/approve`))
      await page.getByTestId('review-approve').click()
      assert.ok((await approved).ok(), 'the reviewer approves')
      await page.getByTestId('review-queue').getByText('没有待审核的稿件').waitFor()
    } finally {
      await reviewerContext.close()
      page = operatorPage
    }

    await page.getByRole('button', { name: '刷新' }).click()
    await row.getByText('已审核').waitFor()
    await page.getByTestId(`publish-${id}`).click()
    await page.getByRole('dialog').getByRole('button', { name: '发布' }).click()
    await row.getByText('已发布').waitFor()
    await shot('reviewed-published')
  })

  await inStep(t, 'the library shows the picture\'s uses and sharing', async () => {
    await page.getByRole('menuitem', { name: '资源库' }).click()
    await page.getByRole('heading', { level: 1, name: /资源库/ }).waitFor()
    await page.getByTestId(`asset-open-${assetId}`).click()
    // Only the list is checked: content-service does not record usages on save yet
    // (MediaUsages.recordBody has no caller), so the article cannot be expected in it.
    await page.getByTestId('asset-usages').waitFor()
    await page.getByTestId('asset-sharing').getByText('本站私有').waitFor()
    await shot('library-where-used')
    await page.keyboard.press('Escape')
    await page.getByTestId('asset-detail').waitFor({ state: 'detached' })
  })

  await inStep(t, 'answers a citizen\'s message in the mailbox work queue and publishes it', async () => {
    const subject = `咨询周末办理 ${WORD}`
    const receipt = await postToSite(SITE.code, '/api/content/public/mailboxes/consult/messages',
      { title: subject, body: '请问周末是否可以办理居住证？我的电话是13800138000。', name: '张三' })
    assert.equal(receipt.status, 201, `the citizen's message is received: ${receipt.body}`)
    await page.getByRole('menuitem', { name: '信箱办理' }).click()
    await page.getByRole('heading', { level: 1, name: /信箱办理/ }).waitFor()
    const row = page.getByTestId('mailbox-table').locator('tr', { hasText: subject })
    await row.getByText('待受理', { exact: true }).waitFor()
    await row.getByText(/剩 \d+ 个工作日/).waitFor()
    await shot('mailbox-queue')
    await assertAccessible('mailbox')
    await row.getByRole('button', { name: '受理' }).click()
    await row.getByText('已受理', { exact: true }).waitFor()
    await row.getByRole('button', { name: '答复' }).click()
    const refused = page.waitForResponse((r) => /\/mailbox-messages\/\d+\/reply$/.test(r.url()))
    await page.getByTestId('reply-submit').click()
    assert.equal((await refused).status(), 400, 'an empty reply is refused')
    await page.locator('.el-form-item__error').first().waitFor()
    await assertAccessible('mailbox reply with an error')
    await page.fill('#mailbox-reply', '周六上午九点至十二点可以办理。')
    const replied = page.waitForResponse((r) => /\/mailbox-messages\/\d+\/reply$/.test(r.url()))
    await page.getByTestId('reply-submit').click()
    assert.equal((await replied).status(), 200)
    await row.getByText('已答复', { exact: true }).waitFor()
    await row.getByRole('button', { name: '公开' }).click()
    await page.getByTestId('publish-submit').waitFor()
    await assertAccessible('mailbox publish')
    const published = page.waitForResponse((r) => /\/mailbox-messages\/\d+\/publish$/.test(r.url()))
    await page.getByTestId('publish-submit').click()
    const answer = await published
    assert.equal(answer.status(), 200)
    assert.doesNotMatch((await answer.json()).publicBody, /13800138000/, 'the phone number is masked before publication')
    await row.getByText('已答复并公开', { exact: true }).waitFor()
    await shot('mailbox-published')
  })

  await inStep(t, 'takes the site offline within the rules, and back online', async () => {
    await page.goto(`${CONSOLE}/sites`)
    await page.getByRole('heading', { level: 1, name: '站点管理' }).waitFor()
    await page.getByTestId(`lifecycle-${SITE.code}`).click()
    await page.getByRole('heading', { level: 1, name: new RegExp(`站点生命周期 · ${SITE.name}`) }).waitFor()
    assert.equal(await page.getByTestId('site-status').innerText(), '已上线')
    await page.getByTestId('action-TAKE_OFFLINE').click()
    assert.match(await page.getByTestId('action-rule').innerText(), /每个自然年最多一次，不超过 30 天/)
    await page.fill('#lifecycle-reason', '机房搬迁')
    await page.fill('#lifecycle-notice', '因机房搬迁，本站暂停访问。')
    const tooLong = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10)
    await page.fill('#lifecycle-until', tooLong)
    await page.keyboard.press('Enter')
    const refused = page.waitForResponse((r) => r.url().endsWith(`/sites/${SITE.code}/transitions`) && r.request().method() === 'POST')
    await page.getByTestId('lifecycle-submit').click()
    assert.equal((await refused).status(), 400)
    await page.locator('.el-form-item__error', { hasText: '临时下线不得超过 30 天' }).waitFor()
    await shot('offline-refused')
    await assertAccessible('lifecycle')
    await page.fill('#lifecycle-until', new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10))
    await page.keyboard.press('Enter')
    const accepted = page.waitForResponse((r) => r.url().endsWith(`/sites/${SITE.code}/transitions`) && r.request().method() === 'POST')
    await page.getByTestId('lifecycle-submit').click()
    assert.equal((await accepted).status(), 201)
    await page.getByTestId('site-status').getByText('临时下线').waitFor()
    await page.getByTestId('lifecycle-history').getByText('机房搬迁').waitFor()
    await page.getByTestId('action-RESTORE').click()
    await page.fill('#lifecycle-reason', '搬迁完成')
    await page.getByTestId('lifecycle-submit').click()
    await page.getByTestId('site-status').getByText('已上线').waitFor()
    await shot('restored')
  })

  await inStep(t, 'reads the audit log and checks its hash chain', async () => {
    await page.getByRole('menuitem', { name: '审计日志' }).click()
    await page.getByRole('heading', { level: 1, name: '审计日志' }).waitFor()
    await chooseOption(page.locator('#audit-site').locator('xpath=ancestor::div[contains(@class,"el-select")][1]'), new RegExp(SITE.code))
    await page.getByTestId('audit-search').click()
    await page.getByTestId('audit-table').getByText('POST /sites/{code}/transitions').first().waitFor()
    await page.getByTestId('audit-verify').click()
    assert.match(await page.getByTestId('audit-verification').innerText(), /审计日志完整/)
    const saved = page.waitForEvent('download')
    await page.getByTestId('audit-export').click()
    const csv = await (await saved).path()
    const text = readFileSync(csv, 'utf8')
    assert.match(text, new RegExp(`,${SITE.code},POST /sites/\\{code\\}/transitions,`))
    await shot('audit')
    await assertAccessible('audit')
  })

  await inStep(t, 'the operator sees the supervision dashboard with its charts', async () => {
    await page.getByRole('menuitem', { name: '监管看板' }).click()
    await page.getByRole('heading', { level: 1, name: '监管看板' }).waitFor()
    // Every site's scores are fetched one by one: wait until the refresh is done.
    await page.waitForFunction(() => !document.querySelector('[data-testid="supervision-refresh"]')?.classList.contains('is-loading'))
    for (const chart of ['chart-scores', 'chart-trend', 'chart-columns', 'chart-daily']) {
      await page.getByTestId(chart).locator('canvas').first().waitFor()
    }
    await page.getByRole('heading', { level: 2, name: new RegExp(`${SITE.name} 近 30 天检查`) }).waitFor()
    await page.getByTestId('scores-table').waitFor()
    await page.getByTestId('vetoes-table').waitFor()
    await page.getByTestId('overview-table').waitFor()
    await shot('supervision-dashboard')
    await assertAccessible('supervision dashboard')
  })

  await inStep(t, 'the operator inspects the new site now and sees it on the dashboard', async () => {
    const inspected = page.waitForResponse((r) => r.url().endsWith('/api/content/supervision/inspection') && r.request().method() === 'POST')
    await page.getByTestId('supervision-inspect-now').click()
    assert.equal((await inspected).status(), 200, 'the inspection runs')
    await page.waitForFunction(() => !document.querySelector('[data-testid="supervision-refresh"]')?.classList.contains('is-loading'))
    // Today's inspection of the site: in the all-sites table and as the first day of its series.
    await page.getByTestId('overview-table').locator('tbody tr', { hasText: SITE.name }).first().waitFor()
    await page.getByTestId('daily-table').locator('tbody tr').first().waitFor()
    await shot('supervision-site-inspected')
    await assertAccessible('supervision dashboard after an inspection')
  })

  await inStep(t, 'switches to English, and problems follow the language', async () => {
    await page.goto(`${CONSOLE}/sites`)
    await page.getByRole('heading', { level: 1, name: '站点管理' }).waitFor()
    await page.getByText('English', { exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Sites' }).waitFor()
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en')
    await page.fill('#site-code', SITE.code)
    await page.fill('#site-name', SITE.name)
    await page.getByTestId('site-submit').click()
    const alert = page.getByTestId('problem').first()
    await alert.waitFor()
    assert.doesNotMatch(await alert.innerText(), /[\u4e00-\u9fff]{4}/, 'the problem is shown in English')
    await shot('english-conflict')
    await assertAccessible('sites in English')
  })
})
