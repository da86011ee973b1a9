// Accessibility of the default site theme (content-service templates/default): axe-core in
// headless Chromium on the home, column list, article, site map, search and 404 pages, in the
// standard view and in 关怀版 (switched by keyboard), on a desktop and a phone viewport.
// 0 serious or critical violations. The pages are rendered by content-service's
// ThemeSamplesTest into content-service/target/theme-samples/ (run it first:
//   ./mvnw -o -B -pl content-service -am verify -Dtest=ThemeSamplesTest -Dsurefire.failIfNoSpecifiedTests=false)
// and served here as the gateway would, with /assets/care.js beside them.
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
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const PAGES = ['home', 'column', 'article', 'sitemap', 'search', '404']
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
    if (path === '/assets/care.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' })
      response.end(readFileSync(CARE_JS))
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
