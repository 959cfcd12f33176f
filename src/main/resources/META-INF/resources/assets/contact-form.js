/*
 * Kontakta förvaltningen: show only what the chosen contact kind needs (issue 15). Every field that
 * only some kinds need carries them in data-for-kinds (space-separated ContactKind names, read from
 * the guideline's rules by the server); while another kind is chosen the field is hidden, so that a
 * staff member reporting a problem is not asked whom it is for. Without this script every field
 * shows, its hint names the kinds it is for, and the page rendered after "Visa väg" leaves out what
 * the chosen kind does not need. Served from the application (CSP script-src 'self').
 */
(function () {
  'use strict';

  var kind = document.getElementById('kind');
  if (!kind) {
    return;
  }
  var fields = document.querySelectorAll('[data-for-kinds]');

  // A field marked data-only-chosen (the note that no target is needed) shows only once one of
  // its kinds is chosen; the others show until a kind that does not need them is chosen.
  function update() {
    var chosen = kind.value;
    for (var i = 0; i < fields.length; i++) {
      var kinds = (fields[i].getAttribute('data-for-kinds') || '').split(' ');
      var onlyChosen = fields[i].hasAttribute('data-only-chosen');
      fields[i].hidden = chosen === '' ? onlyChosen : kinds.indexOf(chosen) < 0;
    }
  }

  kind.addEventListener('change', update);
  update();
})();
