// Accessibility of the default site theme (content-service templates/default): axe-core in
// headless Chromium on the home, column list, article, site map, search, 404 and 政民互动 pages, in the
// standard view and in 关怀版 (switched by keyboard), on a desktop and a phone viewport.
// 0 serious or critical violations. The pages are rendered by content-service's
// ThemeSamplesTest into content-service/target/theme-samples/ (run it first:
//   ./mvnw -o -B -pl content-service -am verify -Dtest=ThemeSamplesTest -Dsurefire.failIfNoSpecifiedTests=false)
// and served here as the gateway would, with /assets/care.js and /assets/interaction.js beside them;
// the public interaction API the 政民互动 forms call is answered by a stand-in with the API's shapes.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import http from 'node:http'
import { chromium } from 'playwright-core'

const require = createRequire(import.meta.url)
const CHROMIUM = process.env.GOVSITE_CHROMIUM ?? '/usr/bin/chromium'
const SAMPLES = process.env.GOVSITE_THEME_SAMPLES ?? new URL('../../content-service/target/theme-samples/', import.meta.url).pathname
const CARE_JS = new URL('../../content-service/src/main/resources/templates/assets/care.js', import.meta.url).pathname
const INTERACTION_JS = new URL('../../content-service/src/main/resources/templates/assets/interaction.js', import.meta.url).pathname
const SEARCH_JS = new URL('../../content-service/src/main/resources/templates/assets/search.js', import.meta.url).pathname
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const PAGES = ['home', 'column', 'article', 'policy', 'guide', 'sitemap', 'search', '404', 'interaction']
const VIEWPORTS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } }

let browser
let server
let origin

before(async () => {
  // Missing prerequisites fail the run with what to do: this test never skips.
  assert.ok(existsSync(CHROMIUM), `No Chromium at ${CHROMIUM}: run "apt-get install -y chromium fonts-noto-cjk" (or set GOVSITE_CHROMIUM).`)
  for (const name of PAGES) {
    assert.ok(existsSync(`${SAMPLES}${name}.html`),
      `No rendered ${name}.html in ${SAMPLES}: run content-service's ThemeSamplesTest first (see the top of this file).`)
  }
  server = http.createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname
    const scripts = { '/assets/care.js': CARE_JS, '/assets/interaction.js': INTERACTION_JS, '/assets/search.js': SEARCH_JS }
    if (scripts[path]) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' })
      response.end(readFileSync(scripts[path]))
      return
    }
    if (path.startsWith('/api/content/public/')) {
      publicApi(request, response, path.slice('/api/content/public'.length))
      return
    }
    const name = path === '/' ? 'home' : path.replace(/^\//, '').replace(/\.html$/, '')
    if (!PAGES.includes(name)) {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      response.end(readFileSync(`${SAMPLES}404.html`))
      return
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(readFileSync(`${SAMPLES}${name}.html`))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${server.address().port}`
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
})

const surveyAnswers = []

// The public API as content-service answers it (shapes of MessageViews, MonthlyStats, problem details).
function publicApi(request, response, path) {
  const json = (status, body, type = 'application/json') => {
    response.writeHead(status, { 'Content-Type': type })
    response.end(JSON.stringify(body))
  }
  if (request.method === 'POST' && path === '/mailboxes/consult/messages') {
    let body = ''
    request.on('data', (chunk) => { body += chunk })
    request.on('end', () => {
      const message = JSON.parse(body)
      if (message.phone && !/^[0-9+\-() ]{5,30}$/.test(message.phone)) {
        json(400, { title: '请求参数无效', detail: '请求参数无效', errors: [{ field: 'phone', message: '联系电话格式不正确' }] }, 'application/problem+json')
        return
      }
      json(201, { trackingCode: 'K7QW2M9XPA4T8RZD', state: 'SUBMITTED', stateLabel: '待受理', dueOn: '2026-12-08', deadlineDays: 5 })
    })
    return
  }
  if (request.method === 'POST' && path === '/surveys/31/responses') {
    let body = ''
    request.on('data', (chunk) => { body += chunk })
    request.on('end', () => {
      const { answers } = JSON.parse(body)
      const first = answers.find((a) => a.questionId === 41)
      if (!first || first.options.length !== 1) {
        json(400, { title: '请求参数无效', detail: '请求参数无效', errors: [{ field: 'answers[0].options', message: '单选题须选且只选一项' }] }, 'application/problem+json')
        return
      }
      surveyAnswers.push(answers)
      response.writeHead(201)
      response.end()
    })
    return
  }
  if (path === '/mailbox-messages/track/K7QW2M9XPA4T8RZD') {
    json(200, { trackingCode: 'K7QW2M9XPA4T8RZD', title: '加装电梯补助', body: '想了解补助政策。', state: 'REPLIED', stateLabel: '已答复',
      receivedAt: '2026-11-30T02:00:00Z', dueOn: '2026-12-07', reply: '每台补助20万元。', repliedAt: '2026-12-01T03:00:00Z', closedReason: null })
    return
  }
  if (path.startsWith('/mailbox-messages/track/')) {
    json(404, { title: '未找到', detail: '来信不存在' }, 'application/problem+json')
    return
  }
  if (path === '/mailbox-stats') {
    json(200, { month: '2026-12', received: 12, answered: 10, onTime: 9, averageWorkingDays: 1.5, onTimeRate: 90.0 })
    return
  }
  if (path === '/knowledge/suggest') {
    json(200, [])
    return
  }
  json(404, { title: '未找到', detail: '未找到' }, 'application/problem+json')
}

after(async () => {
  await browser?.close()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()))
})

async function seriousViolations(page) {
  await page.evaluate(AXE)
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'], runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
  })
}

async function switchToCareByKeyboard(page) {
  // Tab from the top of the page until the 关怀版 switch has the focus, then Space.
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(() => document.activeElement?.id === 'care-switch')) {
      await page.keyboard.press('Space')
      return
    }
  }
  assert.fail('the 关怀版 switch cannot be reached with the Tab key')
}

for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
  test(`default theme pages have no serious or critical axe violations (${viewportName})`, async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport })
    const page = await context.newPage()
    for (const name of PAGES) {
      await page.goto(`${origin}/${name === 'home' ? '' : `${name}.html`}`)
      assert.deepEqual(await seriousViolations(page), [], `axe on ${name} (${viewportName}, standard)`)
      // Nothing overflows sideways on a phone: the layout is responsive.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      assert.ok(overflow <= 1, `${name} scrolls sideways by ${overflow}px at ${viewport.width}px`)
    }
    await context.close()
  })
}

test('关怀版 is reached by keyboard, enlarges the text, stays accessible and is remembered', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: VIEWPORTS.desktop })
  const page = await context.newPage()
  await page.goto(`${origin}/`)
  const standard = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
  await switchToCareByKeyboard(page)
  const care = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
  assert.ok(care >= standard * 1.3, `关怀版 font size ${care}px is not clearly larger than ${standard}px`)
  for (const name of PAGES) {
    await page.goto(`${origin}/${name === 'home' ? '' : `${name}.html`}`)
    assert.equal(await page.evaluate(() => document.getElementById('care-switch').checked), true, `关怀版 remembered on ${name}`)
    assert.equal(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)), care)
    assert.deepEqual(await seriousViolations(page), [], `axe on ${name} (关怀版)`)
  }
  await context.close()
})

test('政民互动 forms work by keyboard through the script, with errors announced and results shown', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: VIEWPORTS.phone })
  const page = await context.newPage()
  await page.goto(`${origin}/interaction.html`)
  // The script enables the fields the page ships disabled (for readers without scripts).
  await page.waitForFunction(() => !document.querySelector('fieldset.needs-script').disabled)
  // The current month's figures are refreshed from the API.
  await page.waitForFunction(() => document.querySelector('table.stats tbody tr [data-stat="received"]').textContent === '12')

  const form = page.locator('form.write[data-mailbox="consult"]')
  await page.locator('details:has(form.write[data-mailbox="consult"]) summary').focus()
  await page.keyboard.press('Enter')
  await form.getByRole('button', { name: '提交来信' }).click()
  const alert = form.getByRole('alert')
  assert.match(await alert.textContent(), /请填写必填项/)
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('name')), 'title')
  assert.equal(await form.getByLabel('标题').getAttribute('aria-invalid'), 'true')

  await form.getByLabel('标题').fill('加装电梯补助')
  await form.getByLabel('内容').fill('想了解补助政策。')
  await form.getByLabel('联系电话（选填，不公开）').fill('电话号码')
  await form.getByLabel('联系电话（选填，不公开）').press('Enter')
  await page.waitForFunction(() => /联系电话格式不正确/.test(document.querySelector('form.write[data-mailbox="consult"] [role="alert"]').textContent))
  assert.equal(await form.getByLabel('联系电话（选填，不公开）').getAttribute('aria-invalid'), 'true')
  await form.getByLabel('联系电话（选填，不公开）').fill('13812345678')
  await form.getByRole('button', { name: '提交来信' }).click()
  const status = form.getByRole('status')
  await page.waitForFunction(() => /K7QW2M9XPA4T8RZD/.test(document.querySelector('form.write[data-mailbox="consult"] [role="status"]').textContent))
  assert.match(await status.textContent(), /待受理/)
  assert.equal(await alert.textContent(), '')

  const track = page.locator('form.track')
  await track.getByLabel('查询码').fill('NOSUCHCODE00000X')
  await track.getByLabel('查询码').press('Enter')
  await page.waitForFunction(() => /没有找到/.test(document.querySelector('form.track [role="alert"]').textContent))
  await track.getByLabel('查询码').fill('K7QW2M9XPA4T8RZD')
  await track.getByLabel('查询码').press('Enter')
  await page.waitForFunction(() => /每台补助20万元/.test(document.querySelector('form.track [role="status"]').textContent))
  assert.match(await track.getByRole('status').textContent(), /已答复/)
  assert.deepEqual(await seriousViolations(page), [], 'axe on interaction with messages shown')
  await context.close()
})

test('政民互动 without scripts keeps the forms disabled and says why', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: VIEWPORTS.desktop, javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${origin}/interaction.html`)
  assert.equal(await page.locator('fieldset.needs-script:not([disabled])').count(), 0)
  assert.match(await page.locator('main').innerText(), /需要浏览器启用脚本/)
  await context.close()
})

test('政民互动 survey form sends the chosen options by index and names the unanswered required question', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: VIEWPORTS.desktop })
  const page = await context.newPage()
  await page.goto(`${origin}/interaction.html`)
  const form = page.locator('form.survey[data-survey="31"]')
  await page.locator('details:has(form.survey) summary').click()
  await page.waitForFunction(() => !document.querySelector('form.survey fieldset.needs-script').disabled)
  await form.getByLabel('押金').check()
  await form.getByRole('button', { name: '提交' }).click()
  assert.match(await form.getByRole('alert').textContent(), /请回答必答题.*您是否支持设立租赁价格指导区间/)
  assert.equal(await page.evaluate(() => document.activeElement.id), 's31-q41-o0')
  await page.keyboard.press('ArrowDown')
  await form.getByLabel('第 3 题的回答').fill('建议公开房源信息。')
  await form.getByRole('button', { name: '提交' }).click()
  await page.waitForFunction(() => /感谢您的参与/.test(document.querySelector('form.survey [role="status"]').textContent))
  assert.deepEqual(surveyAnswers.at(-1), [
    { questionId: 41, options: [1] },
    { questionId: 42, options: [1] },
    { questionId: 43, text: '建议公开房源信息。' },
  ])
  assert.equal(await form.getByRole('alert').textContent(), '')
  assert.deepEqual(await seriousViolations(page), [], 'axe on interaction after answering a survey')
  await context.close()
})
