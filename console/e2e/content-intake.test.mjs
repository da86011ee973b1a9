// The console's content intake screens against the RUNNING platform (./govsite up): a site's
// admin (no platform role) signs in and uses 批量导入 (a malformed file shows each bad row and
// field, a good one is checked, imported with a progress bar and listed), 数据接口 (a feed is
// created, polled — it fails and shows its error and failure count, since the demo platform
// refuses loopback feeds —, edited, switched off and deleted; a scraped feed without its item
// selector is refused at the field) and 站点迁移 (a malformed mapping and a loopback old site
// are refused with each fault listed; a mapping of an unreachable old site is previewed,
// started, followed to its end and reported with the failed address and its reason).
// The demo platform does not set govsite.content.migration.allow-private-addresses, so no old
// site can be served from this test: a real import from an old site is covered by the e2e
// module's SiteMigrationTest. Screenshots go to e2e/artifacts/content-intake/.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { createHmac } from 'node:crypto'
import {
  GATEWAY_PORT, CHROMIUM, KEYCLOAK, KEYCLOAK_PORT, apiToken, assertAccessible, createUser, deleteUser, eventually, gateway,
  launchChromium, letters, reachable,
} from './support.mjs'

const CONSOLE = `http://console.govsite.localhost:${GATEWAY_PORT}`
const ARTIFACTS = new URL('./artifacts/content-intake/', import.meta.url).pathname
const API = 'api.govsite.localhost'
const suffix = letters()
const PASSWORD = `Govsite@${suffix}1`
const OPERATOR = `e2e-intake-op-${suffix}`
const ADMIN = `e2e-intake-admin-${suffix}`
const SITE = { code: `in-${suffix}`, name: `导入测试局${suffix}` }
// A site goes online only with its 网站标识码 (10 digits, unique): a random one per run.
const IDENTIFIER = String(1000000000 + Math.floor(Math.random() * 8000000000))
const userIds = []
let browser
let page
let token
let directColumn
let step = 0

async function call(method, path, body) {
  return gateway(method, API, path, { body, token, site: path.startsWith('/api/tenant/') ? undefined : SITE.code })
}

async function shot(name) {
  step += 1
  await page.screenshot({ path: `${ARTIFACTS}${String(step).padStart(2, '0')}-${name}.png`, fullPage: true })
}

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

/** RFC 6238 TOTP, should the realm ask this user to enrol an authenticator. */
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

async function menu(name, heading) {
  await page.getByRole('menuitem', { name }).click()
  await page.getByRole('heading', { level: 1, name: heading }).waitFor()
}

const file = (name, text) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text, 'utf8') })

before(async () => {
  assert.ok(existsSync(CHROMIUM), `No Chromium at ${CHROMIUM}: run "apt-get install -y chromium fonts-noto-cjk" (or set GOVSITE_CHROMIUM).`)
  assert.ok(await reachable(`http://127.0.0.1:${GATEWAY_PORT}/actuator/health`),
    `No gateway on 127.0.0.1:${GATEWAY_PORT}: run "./govsite up" first (GOVSITE_GATEWAY_PORT selects the port).`)
  assert.ok(await reachable(`${KEYCLOAK}/realms/govsite/.well-known/openid-configuration`),
    `No Keycloak realm at ${KEYCLOAK}: run "./govsite up" first (GOVSITE_KEYCLOAK_PORT selects the port).`)
  rmSync(ARTIFACTS, { recursive: true, force: true })
  mkdirSync(ARTIFACTS, { recursive: true })
  userIds.push(await createUser(OPERATOR, PASSWORD, ['platform-admin']))
  userIds.push(await createUser(ADMIN, PASSWORD))
  token = await apiToken(OPERATOR, PASSWORD)
  const site = await call('POST', '/api/tenant/sites', { ...SITE, kind: 'DEPARTMENT', parentCode: 'www', autoApprove: true, siteIdentifier: IDENTIFIER })
  assert.equal(site.status, 201, site.text)
  const member = await call('POST', `/api/tenant/sites/${SITE.code}/members`, { username: ADMIN, email: `${ADMIN}@test.govsite.localhost`, role: 'site-admin' })
  assert.equal(member.status, 201, member.text)
  // content-service learns of the site from its SiteCreated event.
  directColumn = await eventually('creating a column', async () => {
    const answer = await call('POST', '/api/content/columns', { name: '导入直发', method: 'DIRECT_PUBLISH', responsibleUnit: '办公室', cycleText: '每周' })
    return answer.status === 201 ? answer.json() : undefined
  })
  browser = await launchChromium()
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })
  page = await context.newPage()
  page.setDefaultTimeout(30_000)
})

after(async () => {
  await browser?.close()
  for (const id of userIds) await deleteUser(id)
})

test('a site admin imports, feeds and migrates content from the console', async (t) => {
  await inStep(t, 'signs in as the site\'s admin', async () => {
    await page.goto(`${CONSOLE}/`)
    await page.waitForURL((url) => url.port === KEYCLOAK_PORT)
    await page.fill('#username', ADMIN)
    await page.fill('#password', PASSWORD)
    await page.click('#kc-login')
    await page.waitForURL((url) => url.origin === CONSOLE || url.searchParams.get('execution') === 'CONFIGURE_TOTP')
    if (new URL(page.url()).searchParams.get('execution') === 'CONFIGURE_TOTP') {
      await page.fill('#totp', totp(await page.locator('#totpSecret').inputValue()))
      await page.fill('#userLabel', 'e2e')
      await page.click('#saveTOTPBtn')
    }
    await page.getByRole('heading', { level: 1, name: /欢迎/ }).waitFor()
    await eventually('the site chosen', async () => (await page.getByTestId('site-switcher').innerText()).includes(SITE.code), 15_000)
  })

  await inStep(t, 'a malformed import file shows each bad row and field; nothing is written', async () => {
    await menu('批量导入', '批量导入')
    await chooseOption(page.getByTestId('import-column'), '导入直发')
    await page.setInputFiles('#import-file', file('bad.csv', '标题,正文,颜色\n第一条,正文,红\n,没有标题的正文,\n'))
    const answer = page.waitForResponse((r) => r.url().includes('/api/content/imports?') && r.request().method() === 'POST')
    await page.getByTestId('import-check').click()
    assert.equal((await answer).status(), 400)
    const errors = page.getByTestId('import-errors')
    await errors.getByText('颜色').first().waitFor()
    const rows = await errors.locator('tbody tr').allInnerTexts()
    assert.ok(rows.some((row) => row.startsWith('2') && row.includes('颜色')), `line 2 names the unknown column: ${rows}`)
    assert.ok(rows.some((row) => row.startsWith('3') && row.includes('title')), `line 3 names the missing title: ${rows}`)
    await page.getByTestId('problem').waitFor()
    assert.ok(await page.getByTestId('import-start').isDisabled(), 'a refused file cannot be imported')
    await shot('import-errors')
    await assertAccessible(page, 'bulk import with row errors')
  })

  await inStep(t, 'a good file is checked, imported with progress and listed', async () => {
    const titles = ['导入测试甲', '导入测试乙', '导入测试丙'].map((title) => `${title}${suffix}`)
    await page.setInputFiles('#import-file', file('good.csv', `标题,正文\n${titles.map((title) => `${title},这是${title}的正文。`).join('\n')}\n`))
    await page.getByTestId('import-check').click()
    await page.getByTestId('import-checked').getByText('3 条可导入').waitFor()
    await page.getByTestId('import-checked').getByText('导入后即发布').waitFor()
    const answer = page.waitForResponse((r) => r.url().includes('/api/content/imports?') && r.request().method() === 'POST')
    await page.getByTestId('import-start').click()
    assert.equal((await answer).status(), 202)
    await page.getByTestId('import-run-summary').getByText('已完成').waitFor({ timeout: 120_000 })
    assert.match(await page.getByTestId('import-progress').innerText(), /100%/)
    assert.match(await page.getByTestId('import-run-summary').innerText(), /已写入 3\/3，发布 3/)
    assert.match(await page.getByTestId('import-runs').innerText(), /导入直发[\s\S]*CSV[\s\S]*已完成/)
    const listed = await call('GET', `/api/content/articles?columnId=${directColumn.id}&size=10`)
    assert.deepEqual(listed.json().items.map((a) => a.title).sort(), [...titles].sort())
    await shot('import-done')
  })

  await inStep(t, 'a feed is created, polled (its failure shown), edited, switched off and deleted', async () => {
    await menu('数据接口', '数据接口与采集')
    await chooseOption(page.getByTestId('feed-column'), '导入直发')
    await page.getByTestId('feed-kind').getByText('网页抓取').click()
    await page.fill('#feed-url', 'http://127.0.0.1:9/list.html')
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/content/feeds') && r.request().method() === 'POST')
    await page.getByTestId('feed-save').click()
    assert.equal((await refused).status(), 400)
    await page.locator('.el-form-item__error', { hasText: '列表项选择器' }).waitFor()

    await page.getByTestId('feed-kind').getByText('RSS/Atom').click()
    const created = page.waitForResponse((r) => r.url().endsWith('/api/content/feeds') && r.request().method() === 'POST')
    await page.getByTestId('feed-save').click()
    const feed = await (await created).json()
    const table = page.getByTestId('feeds-table')
    await table.getByText('http://127.0.0.1:9/list.html').waitFor()
    assert.match(await table.innerText(), /导入直发[\s\S]*RSS\/Atom[\s\S]*直接发布/)

    await page.getByTestId(`feed-poll-${feed.id}`).click()
    await page.getByTestId('feed-poll-result').getByText(`数据源 #${feed.id} 采集失败`).waitFor()
    await eventually('the failure on the feed', async () => (await page.getByTestId(`feed-failures-${feed.id}`).innerText()) === '1', 10_000)
    assert.notEqual(await page.getByTestId(`feed-error-${feed.id}`).innerText(), '—', 'the last error is shown')
    await shot('feed-failed')
    await assertAccessible(page, 'feeds')

    await page.getByTestId(`feed-edit-${feed.id}`).click()
    await page.fill('#feed-url', 'http://127.0.0.1:9/feed.xml')
    await page.fill('#feed-interval', '15')
    await page.locator('#feed-interval').press('Tab')
    await page.getByTestId('feed-enabled').click()
    const updated = page.waitForResponse((r) => r.url().endsWith(`/api/content/feeds/${feed.id}`) && r.request().method() === 'PUT')
    await page.getByTestId('feed-save').click()
    assert.equal((await updated).status(), 200)
    await table.getByText('http://127.0.0.1:9/feed.xml').waitFor()
    const stored = (await call('GET', `/api/content/feeds/${feed.id}`)).json()
    assert.equal(stored.enabled, false)
    assert.equal(stored.intervalMinutes, 15)
    assert.match(await table.innerText(), /停用/)

    await page.getByTestId(`feed-delete-${feed.id}`).click()
    await page.getByRole('dialog').getByRole('button', { name: /确定|OK/ }).click()
    await table.getByText('暂无数据源').waitFor()
    assert.equal((await call('GET', `/api/content/feeds/${feed.id}`)).status, 404)
  })

  await inStep(t, 'a bad mapping file and a loopback old site are refused with each fault listed', async () => {
    await menu('站点迁移', '站点迁移')
    await page.setInputFiles('#mapping-file', file('bad.yml', 'baseUrl: ftp://old\nsections: []\n'))
    const answer = page.waitForResponse((r) => r.url().includes('/api/content/migrations?dryRun=true'))
    await page.getByTestId('migration-preview').click()
    assert.equal((await answer).status(), 400)
    const errors = page.getByTestId('migration-errors')
    await errors.getByText('baseUrl').waitFor()
    for (const field of ['page', 'sections']) await errors.getByText(field, { exact: true }).waitFor()
    assert.ok(await page.getByTestId('migration-start').isDisabled(), 'a refused mapping cannot be started')
    await shot('mapping-errors')
    await assertAccessible(page, 'migration with mapping errors')

    await page.setInputFiles('#mapping-file', file('loopback.yml', mapping('http://127.0.0.1:9/')))
    await page.getByTestId('migration-preview').click()
    await errors.getByText('不能抓取内网地址').waitFor()
  })

  await inStep(t, 'an unreachable old site is previewed, migrated and reported with the failure', async () => {
    await page.setInputFiles('#mapping-file', file('old.yml', mapping(`http://old-${suffix}.invalid/`)))
    await page.fill('#migration-name', `旧站迁移${suffix}`)
    await page.getByTestId('migration-preview').click()
    const failures = page.getByTestId('preview-failures')
    await failures.getByText(`http://old-${suffix}.invalid/`, { exact: true }).waitFor()
    await failures.getByText(`http://old-${suffix}.invalid/xwdt/index.html`, { exact: true }).waitFor()
    await page.getByTestId('preview-table').waitFor()
    await shot('migration-preview')
    const started = page.waitForResponse((r) => r.url().endsWith('/api/content/migrations') && r.request().method() === 'POST')
    await page.getByTestId('migration-start').click()
    assert.equal((await started).status(), 201)
    await page.getByTestId('migration-jobs').getByText(`旧站迁移${suffix}`).waitFor()
    await page.getByTestId('migration-state').getByText('已完成').waitFor({ timeout: 120_000 })
    // the start page and the section's list page, both unreachable
    assert.equal(await page.getByTestId('count-failed').innerText(), '2')
    assert.equal(await page.getByTestId('count-imported').innerText(), '0')
    await page.getByTestId('migration-chart').waitFor()
    await page.getByTestId('report-filter').getByText('失败').click()
    const report = page.getByTestId('report-table')
    await report.getByText(`http://old-${suffix}.invalid/`, { exact: true }).waitFor()
    assert.match(await report.innerText(), /失败/)
    await page.getByTestId('report-filter').getByText('已导入').click()
    await report.getByText('没有此类记录').waitFor()
    await shot('migration-report')
    await assertAccessible(page, 'migration report')
  })
})

/** A mapping of an old site onto the test's column (a list page, item links, selectors). */
function mapping(baseUrl) {
  return `baseUrl: ${baseUrl}
page:
  title: h1
  date: .date
  body: div.article
sections:
  - name: 新闻动态
    column: ${directColumn.id}
    prefixes: [/xwdt/]
    lists: [/xwdt/index.html]
    itemLinks: ul.list a
maxPages: 20
`
}
