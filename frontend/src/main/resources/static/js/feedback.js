// "Helpful / not helpful" without reloading the page. Without this file the form posts and comes back.
(function () {
  'use strict';
  var list = document.getElementById('messages');
  if (!list || !window.fetch) {
    return;
  }

  // answers streamed in were rendered without a request, so without the CSRF field the page's forms carry
  function csrf(data) {
    var token = document.querySelector('#ask-form input[name="_csrf"]');
    if (token && !data.has('_csrf')) {
      data.set('_csrf', token.value);
    }
  }

  function show(form, helpful) {
    form.querySelector('.feedback-helpful').setAttribute('aria-pressed', String(helpful));
    form.querySelector('.feedback-not-helpful').setAttribute('aria-pressed', String(!helpful));
    form.querySelector('.verdict').textContent = helpful ? form.dataset.helpful : form.dataset.notHelpful;
  }

  list.addEventListener('submit', async function (event) {
    var form = event.target;
    if (!form.classList.contains('feedback') || !event.submitter) {
      return;
    }
    event.preventDefault();
    var data = new FormData(form, event.submitter);
    csrf(data);
    var helpful = data.get('helpful') === 'true';
    try {
      var response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(data),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin'
      });
      if (response.ok) {
        show(form, helpful);
        return;
      }
    } catch (offline) {
      // shown below; the form can be sent again
    }
    form.querySelector('.verdict').textContent = form.dataset.failed;
  });
})();
