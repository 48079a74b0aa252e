// BrainBytes service worker. Pages: network first, falling back to the copy cached when the
// student last saw them (lessons they opened stay readable offline), then to the offline page.
// Static files have content-hashed names, so a cached copy is always the right one.
'use strict';
var SHELL = 'brainbytes-shell-v1';
var PAGES = 'brainbytes-pages-v1';
var OFFLINE = '/offline';

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return cache.addAll([OFFLINE, '/manifest.webmanifest', '/icons/icon.svg']);
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name !== SHELL && name !== PAGES;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function isStatic(url) {
  return /^\/(css|js|icons)\//.test(url.pathname);
}

// Only the shell and lessons are kept: chat pages hold private answers that change all the time.
function isKeptPage(url) {
  return url.pathname === '/' || url.pathname === OFFLINE || url.pathname.indexOf('/lessons/') === 0;
}

function networkFirst(request) {
  var url = new URL(request.url);
  return fetch(request).then(function (response) {
    if (response.ok && isKeptPage(url)) {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request).then(function (cached) {
      return cached || caches.match(OFFLINE);
    });
  });
}

function cacheFirst(request) {
  return caches.match(request).then(function (cached) {
    return cached || fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(SHELL).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  } else if (isStatic(url)) {
    event.respondWith(cacheFirst(request));
  }
});
