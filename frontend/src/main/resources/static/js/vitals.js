// Reports Core Web Vitals (LCP, INP, CLS, TTFB) of this page to the frontend once the page is
// hidden: the route template (never the address), device class and connection type only.
(function () {
  'use strict';
  if (!window.webVitals || !navigator.sendBeacon) {
    return;
  }
  var route = document.querySelector('meta[name="bb-route"]');
  var connection = navigator.connection && navigator.connection.effectiveType;
  var common = {
    page: route ? route.content : 'unknown',
    device: window.matchMedia('(max-width: 47.99rem)').matches ? 'mobile' : 'desktop',
    connection: connection || 'unknown'
  };
  var pending = {};

  function remember(metric) {
    pending[metric.name] = metric.value;
  }

  function send() {
    if (Object.keys(pending).length === 0) {
      return;
    }
    var body = JSON.stringify(Object.assign({ metrics: pending }, common));
    pending = {};
    navigator.sendBeacon('/vitals', new Blob([body], { type: 'text/plain' }));
  }

  webVitals.onLCP(remember);
  webVitals.onINP(remember);
  webVitals.onCLS(remember);
  webVitals.onTTFB(remember);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      send();
    }
  });
  window.addEventListener('pagehide', send);
})();
