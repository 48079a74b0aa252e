// Questions asked without a connection wait in IndexedDB and are sent when it returns. Each has its
// own Idempotency-Key, so a send that is retried after a dropped reply is stored only once.
(function () {
  'use strict';
  var form = document.getElementById('ask-form');
  if (!form || !window.indexedDB) {
    return;
  }
  var list = document.getElementById('messages');
  var STORE = 'outbox';
  // How many questions wait, kept beside the outbox: opening IndexedDB costs a cheap phone a few hundred
  // milliseconds of a busy page, so a page with nothing waiting (nearly every visit) never opens it.
  var COUNT = 'brainbytes.outbox';
  var database;

  function waitingCount() {
    try {
      var count = localStorage.getItem(COUNT);
      return count === null ? 0 : Number(count);
    } catch (storageBlocked) {
      return 1; // no way to know: look in the outbox
    }
  }

  function setWaitingCount(count) {
    try {
      localStorage.setItem(COUNT, String(count));
    } catch (storageBlocked) {
      // the outbox itself still holds the questions
    }
  }

  // the outbox's own count corrects the hint after every change to it
  function recount() {
    return run('readonly', function (store) { return store.count(); }).then(setWaitingCount);
  }

  function open() {
    database = database || new Promise(function (resolve, reject) {
      var request = indexedDB.open('brainbytes', 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: 'key' });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { database = null; reject(request.error); };
    });
    return database;
  }

  function run(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { resolve(result && result.result); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }

  function newKey() {
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function markWaiting(li, key) {
    li.classList.add('message-waiting');
    li.dataset.key = key;
    var status = document.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.textContent = form.dataset.waiting;
    li.append(status);
  }

  function waitingBubble(item) {
    var li = document.createElement('li');
    li.className = 'message message-student';
    var author = document.createElement('p');
    author.className = 'author';
    author.textContent = form.dataset.you;
    var body = document.createElement('div');
    body.className = 'text plain';
    body.textContent = item.shown;
    li.append(author, body);
    list.append(li);
    markWaiting(li, item.key);
  }

  // The question is posted like the form without JavaScript; the reply is the conversation page it is redirected
  // to. Without an error on it, its last two messages are the question and the tutor's answer.
  async function deliver(item) {
    item.attempts += 1;
    await run('readwrite', function (store) { return store.put(item); });
    var response = await fetch(item.action, {
      method: 'POST',
      body: new URLSearchParams(item.body),
      headers: { 'X-BrainBytes-Queued': String(item.attempts) },
      credentials: 'same-origin'
    });
    if (!response.ok) {
      return;
    }
    var page = new DOMParser().parseFromString(await response.text(), 'text/html');
    var messages = page.querySelectorAll('#messages > li.message');
    if (page.getElementById('ask-error') || messages.length < 2) {
      return;
    }
    var answered = [messages[messages.length - 2], messages[messages.length - 1]].map(function (li) {
      return document.importNode(li, true);
    });
    await run('readwrite', function (store) { return store.delete(item.key); });
    await recount();
    var waiting = list.querySelector('li[data-key="' + item.key + '"]');
    if (waiting) {
      waiting.replaceWith.apply(waiting, answered);
    } else {
      list.append.apply(list, answered);
    }
  }

  var flushing = false;
  async function flush() {
    if (flushing || !navigator.onLine || waitingCount() === 0) {
      return;
    }
    flushing = true;
    try {
      var items = await run('readonly', function (store) { return store.getAll(); });
      for (var i = 0; i < items.length; i++) {
        if (items[i].action === form.action) {
          await deliver(items[i]);
        }
      }
    } catch (stillOffline) {
      // kept in the outbox; the next "online" event tries again
    } finally {
      flushing = false;
    }
  }

  window.BrainBytesOffline = {
    queue: function (target, data, li) {
      var item = {
        key: newKey(),
        action: target.action,
        shown: li.querySelector('.text').textContent,
        attempts: 0
      };
      data.set('idempotencyKey', item.key);
      item.body = new URLSearchParams(data).toString();
      markWaiting(li, item.key);
      setWaitingCount(waitingCount() + 1);
      run('readwrite', function (store) { return store.put(item); }).then(recount);
    }
  };

  // questions left waiting when the page was closed are shown again, then sent when possible
  if (waitingCount() > 0) {
    run('readonly', function (store) { return store.getAll(); }).then(function (items) {
      items.filter(function (item) { return item.action === form.action; }).forEach(waitingBubble);
      flush();
    });
  }
  window.addEventListener('online', flush);
  // "online" can come before the network really works again; keep trying while questions wait
  setInterval(flush, 10000);
})();
