// Streams the tutor's answer into the conversation. Without this file the ask form posts normally.
// Deltas are shown as plain text; the final answer is swapped for the server's safe HTML.
(function () {
  'use strict';
  var form = document.getElementById('ask-form');
  if (!form || !window.fetch || !window.ReadableStream || !window.TextDecoder) {
    return;
  }
  var list = document.getElementById('messages');
  var thinking = document.getElementById('thinking');
  var question = document.getElementById('question');

  function bubble(role, text) {
    var li = document.createElement('li');
    li.className = 'message message-' + role;
    var author = document.createElement('p');
    author.className = 'author';
    author.textContent = form.dataset[role === 'student' ? 'you' : 'tutor'];
    var body = document.createElement('div');
    body.className = 'text plain';
    body.textContent = text;
    li.append(author, body);
    list.append(li);
    return li;
  }

  function showError(text) {
    var error = document.getElementById('ask-error');
    if (!error) {
      error = document.createElement('p');
      error.id = 'ask-error';
      error.className = 'alert alert-error';
      error.setAttribute('role', 'alert');
      form.prepend(error);
    }
    error.textContent = text;
  }

  function htmlToElement(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    return template.content.firstElementChild;
  }

  // Server-sent events over fetch: EventSource cannot POST.
  async function readEvents(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    for (;;) {
      var chunk = await reader.read();
      if (chunk.done) {
        return;
      }
      buffer += decoder.decode(chunk.value, { stream: true });
      var end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        var block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        var name = 'message';
        var data = '';
        block.split('\n').forEach(function (line) {
          if (line.indexOf('event:') === 0) name = line.slice(6).trim();
          else if (line.indexOf('data:') === 0) data += line.slice(5).trim();
        });
        onEvent(name, data ? JSON.parse(data) : {});
      }
    }
  }

  // Returns false when the request never reached the server (no connection).
  async function stream(body, answer) {
    var response;
    try {
      response = await fetch(form.action + '/stream', {
        method: 'POST',
        body: body,
        headers: { Accept: 'text/event-stream' },
        credentials: 'same-origin'
      });
    } catch (offline) {
      return false;
    }
    if (response.redirected) {
      window.location.assign(response.url);
      return true;
    }
    if (!response.ok) {
      answer.remove();
      showError(await response.text());
      return true;
    }
    var text = answer.querySelector('.text');
    var finished = false;
    await readEvents(response, function (name, data) {
      if (name === 'delta') {
        text.textContent += data.text;
      } else if (name === 'html') {
        answer.replaceWith(htmlToElement(data.html));
        finished = true;
      }
    });
    if (!finished) {
      answer.classList.add('message-unavailable');
      text.textContent = form.dataset.failed;
    }
    return true;
  }

  function keep(data, asked) {
    if (window.BrainBytesOffline) {
      window.BrainBytesOffline.queue(form, data, asked);
    } else {
      asked.remove();
      showError(form.dataset.failed);
    }
  }

  form.addEventListener('submit', async function (event) {
    var button = event.submitter;
    var followUp = button && button.name === 'followup';
    if (!followUp && !question.value.trim()) {
      return;
    }
    event.preventDefault();
    var data = new FormData(form, button);
    var shown = followUp ? button.dataset.question : question.value;
    var asked = bubble('student', shown);
    question.value = '';
    if (!navigator.onLine) {
      keep(data, asked);
      return;
    }
    var answer = bubble('tutor', '');
    answer.classList.add('message-streaming');
    thinking.classList.add('active');
    form.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
    try {
      if (!(await stream(new URLSearchParams(data), answer))) {
        // the connection dropped before the tutor got it: keep it for later
        answer.remove();
        keep(data, asked);
      }
    } catch (broken) {
      answer.classList.add('message-unavailable');
      answer.querySelector('.text').textContent = form.dataset.failed;
    } finally {
      thinking.classList.remove('active');
      form.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
      asked.scrollIntoView({ block: 'nearest' });
    }
  });
})();
