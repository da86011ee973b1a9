// 政民互动: makes the forms of the interaction page work through the public APIs (the gateway
// routes /api/content/** to content-service on the site's own host). Without this script the
// fields stay disabled and a <noscript> note says why. Everything the server sends is shown
// with textContent, never as markup. Errors go to the form's role="alert" region, results to
// its role="status" region.
(function () {
  'use strict'
  var API = '/api/content/public'

  function el(tag, text) {
    var node = document.createElement(tag)
    if (text !== undefined && text !== null) {
      node.textContent = String(text)
    }
    return node
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild)
    }
  }

  function show(region, lines) {
    clear(region)
    lines.forEach(function (line) {
      region.appendChild(typeof line === 'string' ? el('p', line) : line)
    })
  }

  function date(value) {
    return value ? String(value).slice(0, 10) : ''
  }

  // The platform's problem details: detail (zh) and, for invalid fields, errors[{field, message}].
  function problem(response) {
    return response.json().then(function (body) {
      return body || {}
    }, function () {
      return {}
    }).then(function (body) {
      var fields = Array.isArray(body.errors) ? body.errors : []
      var text = body.detail || body.title
      if (response.status === 429) {
        text = '提交过于频繁，请稍后再试。'
      } else if (response.status === 401 || response.status === 403) {
        text = '暂时无法提交，请稍后再试。'
      } else if (!text) {
        text = '提交失败（' + response.status + '），请稍后再试。'
      }
      return { text: text, fields: fields }
    })
  }

  var NAMES = { title: '标题', body: '内容', name: '姓名', phone: '联系电话', email: '电子邮箱', trackingCode: '查询码' }

  function markInvalid(form, fields) {
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) {
      input.removeAttribute('aria-invalid')
    })
    var first = null
    fields.forEach(function (field) {
      var input = form.elements[field]
      if (input) {
        input.setAttribute('aria-invalid', 'true')
        first = first || input
      }
    })
    return first
  }

  function fail(form, region, text, fields) {
    var first = markInvalid(form, fields.map(function (f) { return f.field }))
    var lines = [text]
    fields.forEach(function (f) {
      lines.push((NAMES[f.field] || f.field) + '：' + f.message)
    })
    show(region, lines)
    if (first) {
      first.focus()
    }
  }

  function value(form, name) {
    var input = form.elements[name]
    var text = input ? input.value.trim() : ''
    return text === '' ? null : text
  }

  function required(form, names) {
    return names.filter(function (name) { return value(form, name) === null }).map(function (name) {
      return { field: name, message: '不能为空' }
    })
  }

  function writeForm(form) {
    var error = form.querySelector('.error')
    var result = form.querySelector('.result')
    var button = form.querySelector('button[type="submit"]')
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      clear(result)
      var missing = required(form, ['title', 'body'])
      if (missing.length) {
        fail(form, error, '请填写必填项。', missing)
        return
      }
      clear(error)
      markInvalid(form, [])
      button.disabled = true
      var message = { title: value(form, 'title'), body: value(form, 'body'), name: value(form, 'name'),
        phone: value(form, 'phone'), email: value(form, 'email') }
      fetch(API + '/mailboxes/' + encodeURIComponent(form.getAttribute('data-mailbox')) + '/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(message),
      }).then(function (response) {
        if (!response.ok) {
          return problem(response).then(function (p) { fail(form, error, p.text, p.fields) })
        }
        return response.json().then(function (receipt) {
          form.reset()
          var code = el('strong', receipt.trackingCode)
          var line = el('p', '您的查询码：')
          line.appendChild(code)
          show(result, ['来信已提交，状态：' + receipt.stateLabel + '。', line,
            '请妥善保存查询码，凭它在本页“来信查询”中查看办理进度和答复。答复期限：' + date(receipt.dueOn) + '（'
              + receipt.deadlineDays + ' 个工作日）。'])
          result.setAttribute('tabindex', '-1')
          result.focus()
        })
      }, function () {
        show(error, ['网络连接失败，请检查网络后重试。'])
      }).then(function () {
        button.disabled = false
      })
    })
    suggestions(form)
  }

  // Likely answers from the knowledge base while the citizen types the title.
  function suggestions(form) {
    var title = form.elements.title
    var box = form.querySelector('.suggest')
    if (!title || !box) {
      return
    }
    var timer = null
    var asked = ''
    title.addEventListener('input', function () {
      clearTimeout(timer)
      timer = setTimeout(function () {
        var q = title.value.trim()
        if (q.length < 4 || q === asked) {
          if (q.length < 4) {
            clear(box)
          }
          return
        }
        asked = q
        fetch(API + '/knowledge/suggest?size=3&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : [] })
          .then(function (entries) {
            if (q !== asked) {
              return
            }
            clear(box)
            if (!Array.isArray(entries) || entries.length === 0) {
              return
            }
            box.appendChild(el('p', '您的问题可能已有答复：'))
            var list = el('ul')
            entries.forEach(function (entry) {
              var item = el('li')
              var details = el('details')
              details.appendChild(el('summary', entry.question))
              details.appendChild(el('p', entry.answer))
              item.appendChild(details)
              list.appendChild(item)
            })
            box.appendChild(list)
          }, function () {})
      }, 400)
    })
  }

  function trackForm(form) {
    var error = form.querySelector('.error')
    var result = form.querySelector('.result')
    var button = form.querySelector('button[type="submit"]')
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      clear(result)
      var missing = required(form, ['trackingCode'])
      if (missing.length) {
        fail(form, error, '请输入查询码。', missing)
        return
      }
      clear(error)
      markInvalid(form, [])
      button.disabled = true
      fetch(API + '/mailbox-messages/track/' + encodeURIComponent(value(form, 'trackingCode')), {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      }).then(function (response) {
        if (response.status === 404) {
          fail(form, error, '没有找到该查询码对应的来信，请核对后重试。', [{ field: 'trackingCode', message: '查询码不存在' }])
          return null
        }
        if (!response.ok) {
          return problem(response).then(function (p) { fail(form, error, p.text, p.fields) })
        }
        return response.json().then(function (m) {
          var lines = ['来信标题：' + m.title, '办理状态：' + m.stateLabel, '来信时间：' + date(m.receivedAt),
            '答复期限：' + date(m.dueOn)]
          if (m.reply) {
            lines.push('答复时间：' + date(m.repliedAt))
            lines.push('答复内容：' + m.reply)
          }
          if (m.closedReason) {
            lines.push('不予受理的原因：' + m.closedReason)
          }
          show(result, lines)
          result.setAttribute('tabindex', '-1')
          result.focus()
        })
      }, function () {
        show(error, ['网络连接失败，请检查网络后重试。'])
      }).then(function () {
        button.disabled = false
      })
    })
  }

  // 网上调查 / 意见征集: one response per person; options are sent by their index.
  function surveyForm(form) {
    var error = form.querySelector('.error')
    var result = form.querySelector('.result')
    var button = form.querySelector('button[type="submit"]')
    var questions = Array.prototype.slice.call(form.querySelectorAll('fieldset.question'))
    function legend(question) {
      return question.querySelector('legend').textContent.replace(/\s+/g, ' ').trim()
    }
    function mark(invalid) {
      questions.forEach(function (question) {
        var bad = invalid.indexOf(question) >= 0
        question.classList.toggle('invalid', bad)
        var text = question.querySelector('textarea')
        if (text && bad) {
          text.setAttribute('aria-invalid', 'true')
        } else if (text) {
          text.removeAttribute('aria-invalid')
        }
      })
      if (invalid.length) {
        invalid[0].querySelector('input, textarea').focus()
      }
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      clear(result)
      var answers = []
      var sent = []
      var missing = []
      questions.forEach(function (question) {
        var id = Number(question.getAttribute('data-question'))
        var required = question.getAttribute('data-required') === 'true'
        if (question.getAttribute('data-kind') === 'TEXT') {
          var text = question.querySelector('textarea').value.trim()
          if (text) {
            answers.push({ questionId: id, text: text })
            sent.push(question)
          } else if (required) {
            missing.push(question)
          }
          return
        }
        var chosen = Array.prototype.filter.call(question.querySelectorAll('input'), function (input) {
          return input.checked
        }).map(function (input) { return Number(input.value) })
        if (chosen.length) {
          answers.push({ questionId: id, options: chosen })
          sent.push(question)
        } else if (required) {
          missing.push(question)
        }
      })
      if (missing.length) {
        show(error, ['请回答必答题：'].concat(missing.map(legend)))
        mark(missing)
        return
      }
      if (!answers.length) {
        show(error, ['请至少回答一题。'])
        return
      }
      clear(error)
      mark([])
      button.disabled = true
      fetch(API + '/surveys/' + encodeURIComponent(form.getAttribute('data-survey')) + '/responses', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ answers: answers }),
      }).then(function (response) {
        if (response.ok) {
          show(result, ['感谢您的参与，您的回答已提交。'])
          form.querySelector('fieldset.needs-script').disabled = true
          result.setAttribute('tabindex', '-1')
          result.focus()
          return null
        }
        return problem(response).then(function (p) {
          var invalid = []
          var lines = [p.text]
          p.fields.forEach(function (f) {
            var at = /^answers\[(\d+)\]/.exec(f.field || '')
            var question = at ? sent[Number(at[1])] : null
            if (question) {
              invalid.push(question)
            }
            lines.push((question ? legend(question) + '：' : '') + f.message)
          })
          show(error, lines)
          mark(invalid)
        })
      }, function () {
        show(error, ['网络连接失败，请检查网络后重试。'])
      }).then(function () {
        button.disabled = false
      })
    })
  }

  // The page shows the figures of when it was published; the current month's are refreshed.
  function refreshStats() {
    var row = document.querySelector('table.stats tbody tr[data-month]')
    if (!row) {
      return
    }
    fetch(API + '/mailbox-stats?month=' + encodeURIComponent(row.getAttribute('data-month')), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null })
      .then(function (stats) {
        if (!stats) {
          return
        }
        var shown = {
          received: stats.received,
          answered: stats.answered,
          onTime: stats.onTime,
          onTimeRate: stats.onTimeRate === null ? '—' : stats.onTimeRate + '%',
          averageWorkingDays: stats.averageWorkingDays === null ? '—' : stats.averageWorkingDays,
        }
        Object.keys(shown).forEach(function (key) {
          var cell = row.querySelector('[data-stat="' + key + '"]')
          if (cell && shown[key] !== undefined) {
            cell.textContent = String(shown[key])
          }
        })
      }, function () {})
  }

  Array.prototype.forEach.call(document.querySelectorAll('fieldset.needs-script'), function (fieldset) {
    fieldset.disabled = false
  })
  Array.prototype.forEach.call(document.querySelectorAll('form.write'), writeForm)
  Array.prototype.forEach.call(document.querySelectorAll('form.track'), trackForm)
  Array.prototype.forEach.call(document.querySelectorAll('form.survey'), surveyForm)
  refreshStats()
})()
