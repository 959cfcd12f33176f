/*
 * Upload progress for the administration page's forms (form[data-upload]). Without this script the
 * forms are ordinary multipart posts. With it, the file is sent with XMLHttpRequest so that a
 * <progress> element and a polite live region can tell how far the upload has come; the answer (the
 * page itself, accepted or with the file's problems) then replaces the page's main content and the
 * result gets the focus. If the request cannot be made, the form is posted the ordinary way.
 * Served from the application (CSP script-src 'self'); no inline handlers.
 */
(function () {
  'use strict';

  if (!window.XMLHttpRequest || !window.FormData || !window.DOMParser) {
    return;
  }

  function show(form, text) {
    var status = form.querySelector('[data-upload-status]');
    if (status) {
      status.textContent = text;
    }
  }

  function replaceMain(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var fresh = doc.querySelector('main');
    var main = document.querySelector('main');
    if (!fresh || !main) {
      return false;
    }
    main.replaceWith(fresh);
    if (doc.title) {
      document.title = doc.title;
    }
    var result = fresh.querySelector('[data-result]') || fresh;
    result.focus();
    return true;
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-upload')) {
      return;
    }
    var input = form.querySelector('input[type="file"]');
    if (!input || !input.files || input.files.length === 0) {
      return; // nothing chosen: the ordinary post lets the page say so
    }
    event.preventDefault();

    var progress = form.querySelector('progress');
    var button = form.querySelector('button[type="submit"]');
    var xhr = new XMLHttpRequest();
    var fallenBack = false;

    function fallBack() {
      if (fallenBack) {
        return;
      }
      fallenBack = true;
      show(form, form.getAttribute('data-failed') || '');
      HTMLFormElement.prototype.submit.call(form);
    }

    if (progress) {
      progress.hidden = false;
      progress.value = 0;
    }
    if (button) {
      button.disabled = true;
    }
    show(form, (form.getAttribute('data-sending') || '') + ' 0\u00a0%');

    xhr.upload.addEventListener('progress', function (e) {
      if (!e.lengthComputable) {
        return;
      }
      var percent = Math.round((e.loaded / e.total) * 100);
      if (progress) {
        progress.value = percent;
      }
      show(form, (form.getAttribute('data-sending') || '') + ' ' + percent + '\u00a0%');
    });
    xhr.upload.addEventListener('load', function () {
      if (progress) {
        progress.removeAttribute('value'); // indeterminate while the server checks the file
      }
      show(form, form.getAttribute('data-checking') || '');
    });
    xhr.addEventListener('load', function () {
      var type = xhr.getResponseHeader('Content-Type') || '';
      if (type.indexOf('text/html') === 0 && replaceMain(xhr.responseText)) {
        return;
      }
      fallBack();
    });
    xhr.addEventListener('error', fallBack);
    xhr.addEventListener('abort', fallBack);

    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'text/html');
    xhr.send(new FormData(form));
  });
})();
