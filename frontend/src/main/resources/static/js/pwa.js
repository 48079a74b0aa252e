// Installs the service worker that keeps the app shell and opened lessons for offline use.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js');
  });
}
