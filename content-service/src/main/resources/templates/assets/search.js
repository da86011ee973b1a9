// 站内搜索: the search page asks the public search API (the gateway routes /api/search on the
// site's own host) and lists the hits, labelled with the site they come from. Scope: this site,
// this site and the sites under it, or every site. The API's highlights are HTML-escaped text
// with <em> around the matched words: they are rebuilt here as text nodes and <em> elements,
// never parsed as markup.
(function () {
  'use strict'
  var API = '/api/search'
  var SCOPES = [['SITE', '本站'], ['TREE', '本站及下级站点'], ['ALL', '全部站点']]
  var SORTS = [['RELEVANCE', '按相关度'], ['DATE', '按时间']]

  function el(tag, text) {
    var node = document.createElement(tag)
    if (text !== undefined && text !== null) {
      node.textContent = String(text)
    }
    return node
  }

  function decode(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos|#39);/gi, function (entity, name) {
      var lower = name.toLowerCase()
      if (lower === 'lt') return '<'
      if (lower === 'gt') return '>'
      if (lower === 'amp') return '&'
      if (lower === 'quot') return '"'
      if (lower === 'apos' || lower === '#39') return "'"
      var code = lower.charAt(1) === 'x' ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10)
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : entity
    })
  }

  // "a <em>b</em> c" -> text, <em>text</em>, text; anything else stays text.
  function highlighted(parent, html) {
    String(html || '').split(/(<em>[\s\S]*?<\/em>)/).forEach(function (part) {
      var match = /^<em>([\s\S]*)<\/em>$/.exec(part)
      if (match) {
        parent.appendChild(el('em', decode(match[1])))
      } else if (part) {
        parent.appendChild(document.createTextNode(decode(part)))
      }
    })
    return parent
  }

  function link(params, changes, text, current) {
    var next = new URLSearchParams(params)
    Object.keys(changes).forEach(function (key) {
      next.set(key, changes[key])
    })
    var a = el('a', text)
    a.href = '/search.html?' + next.toString()
    if (current) {
      a.setAttribute('aria-current', 'true')
    }
    return a
  }

  function choices(label, params, key, values, chosen) {
    var nav = el('nav')
    nav.setAttribute('aria-label', label)
    nav.className = 'search-choices'
    values.forEach(function (value) {
      var changes = { page: '1' }
      changes[key] = value[0]
      nav.appendChild(link(params, changes, value[1], value[0] === chosen))
      nav.appendChild(document.createTextNode(' '))
    })
    return nav
  }

  function hitItem(hit) {
    var li = el('li')
    var title = el('a')
    title.href = /^(https?:)?\//.test(hit.url || '') ? hit.url : (hit.path || '#')
    highlighted(title, hit.titleHighlight || hit.title)
    li.appendChild(title)
    var about = el('p')
    about.className = 'search-meta'
    about.appendChild(el('span', '[' + (hit.siteName || hit.siteCode || '') + ']'))
    if (hit.columnName) {
      about.appendChild(document.createTextNode(' ' + hit.columnName))
    }
    if (hit.publishedAt) {
      about.appendChild(document.createTextNode(' ' + String(hit.publishedAt).slice(0, 10)))
    }
    li.appendChild(about)
    if (hit.snippet) {
      li.appendChild(highlighted(el('p'), hit.snippet))
    }
    return li
  }

  function show(results, params, answer) {
    results.textContent = ''
    var status = el('p', answer.total > 0 ? '找到 ' + answer.total + ' 条结果' : '没有找到与“' + answer.query + '”相关的结果')
    status.setAttribute('role', 'status')
    results.appendChild(status)
    results.appendChild(choices('搜索范围', params, 'scope', SCOPES, params.get('scope') || 'SITE'))
    results.appendChild(choices('排序', params, 'sort', SORTS, params.get('sort') || 'RELEVANCE'))
    if (answer.didYouMean && answer.didYouMean.length) {
      var hint = el('p', '您是不是要找：')
      answer.didYouMean.forEach(function (words) {
        hint.appendChild(link(params, { q: words, page: '1' }, words))
        hint.appendChild(document.createTextNode(' '))
      })
      results.appendChild(hint)
    }
    if (answer.hits && answer.hits.length) {
      var list = el('ol')
      list.className = 'search-hits'
      answer.hits.forEach(function (hit) {
        list.appendChild(hitItem(hit))
      })
      results.appendChild(list)
    }
    var pages = Math.ceil(answer.total / (answer.size || 10))
    if (pages > 1) {
      var pager = el('nav')
      pager.setAttribute('aria-label', '分页')
      if (answer.page > 1) {
        pager.appendChild(link(params, { page: String(answer.page - 1) }, '上一页'))
      }
      pager.appendChild(document.createTextNode(' 第 ' + answer.page + ' / ' + pages + ' 页 '))
      if (answer.page < pages) {
        pager.appendChild(link(params, { page: String(answer.page + 1) }, '下一页'))
      }
      results.appendChild(pager)
    }
  }

  function start() {
    var form = document.querySelector('form[role="search"]')
    var results = document.getElementById('results')
    if (!form || !results) {
      return
    }
    var params = new URLSearchParams(window.location.search)
    var q = (params.get('q') || '').trim()
    var input = form.querySelector('input[name="q"]')
    input.value = q
    var site = form.querySelector('input[name="site"]').value
    params.set('site', site)
    if (!q) {
      return
    }
    var query = new URLSearchParams({ q: q, site: site, scope: params.get('scope') || 'SITE',
      sort: params.get('sort') || 'RELEVANCE', page: params.get('page') || '1' })
    results.setAttribute('aria-busy', 'true')
    fetch(API + '?' + query.toString(), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) {
            throw new Error((body && body.detail) || '搜索暂时不可用，请稍后再试。')
          }
          return body
        })
      })
      .then(function (answer) {
        show(results, params, answer)
      }, function (error) {
        results.textContent = ''
        var alert = el('p', error.message || '搜索暂时不可用，请稍后再试。')
        alert.setAttribute('role', 'alert')
        results.appendChild(alert)
      })
      .then(function () {
        results.removeAttribute('aria-busy')
      })
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start)
  } else {
    start()
  }
})()
