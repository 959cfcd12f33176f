/*
 * Type-ahead for the choosers (fieldset[data-chooser], templates/tags/chooser.html), following the
 * WAI-ARIA 1.2 combobox pattern with a list popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/):
 * the search box gets role=combobox, aria-expanded, aria-controls and aria-activedescendant; the
 * suggestions are a listbox of options; Down/Up move through them (Down opens the list), Home/End
 * jump to the first and last while one is active, Enter chooses, Escape closes the list (or clears
 * the box when it is closed). The field's status paragraph (role=status) says how many suggestions
 * there are and which one was chosen.
 *
 * Choosing puts the suggestion among the field's radio buttons, checked, as the page itself would
 * after "Sök": the form posts what it posts without this script. Suggestions come from the page's
 * own address (data-chooser, e.g. /sok/positioner), signed in as the page is. If a request fails,
 * nothing is shown and the "Sök" button still works. Served from the application (CSP script-src
 * 'self'); no inline handlers.
 */
(function () {
  'use strict';

  if (!window.fetch || !document.querySelector) {
    return;
  }

  var MIN_QUERY = 2;
  var DELAY_MS = 150;
  var counter = 0;

  function text(template, value) {
    return (template || '').replace('#', value);
  }

  function Chooser(fieldset) {
    this.fieldset = fieldset;
    this.source = fieldset.getAttribute('data-chooser');
    this.prefix = fieldset.getAttribute('data-prefix') || '';
    this.input = fieldset.querySelector('.chooser__search input[type=text]');
    this.button = fieldset.querySelector('[data-chooser-search]');
    this.choices = fieldset.querySelector('[data-chooser-choices]');
    this.status = fieldset.querySelector('.chooser__status');
    this.field = this.input.id;
    this.items = [];
    this.active = -1;
    this.sequence = 0;
    this.timer = null;

    counter += 1;
    this.list = document.createElement('ul');
    this.list.id = this.field + '-suggestions-' + counter;
    this.list.className = 'chooser__list';
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', fieldset.getAttribute('data-suggestions') || '');
    this.list.hidden = true;
    this.input.parentNode.parentNode.appendChild(this.list);

    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('aria-controls', this.list.id);

    var self = this;
    this.input.addEventListener('input', function () {
      self.schedule();
    });
    this.input.addEventListener('keydown', function (event) {
      self.key(event);
    });
    this.input.addEventListener('blur', function () {
      // A click on a suggestion lands after the blur: give it time.
      window.setTimeout(function () {
        self.close();
      }, 200);
    });
    this.list.addEventListener('mousedown', function (event) {
      event.preventDefault();
    });
    this.list.addEventListener('click', function (event) {
      var option = event.target.closest('[role=option]');
      if (option) {
        self.choose(Number(option.getAttribute('data-index')));
      }
    });
  }

  Chooser.prototype.schedule = function () {
    var self = this;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(function () {
      self.search();
    }, DELAY_MS);
  };

  Chooser.prototype.search = function () {
    var query = this.input.value.trim();
    var sequence = ++this.sequence;
    if (query.length < MIN_QUERY) {
      this.show([]);
      this.close();
      return;
    }
    var self = this;
    fetch(this.source + '?q=' + encodeURIComponent(query), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin'
    })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (!response.ok || type.indexOf('application/json') !== 0) {
          throw new Error('no suggestions');
        }
        return response.json();
      })
      .then(function (answer) {
        if (sequence === self.sequence) {
          self.show(answer.items || []);
        }
      })
      .catch(function () {
        if (sequence === self.sequence) {
          self.show([]);
          self.close();
        }
      });
  };

  Chooser.prototype.show = function (items) {
    this.items = items;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.textContent = '';
    for (var i = 0; i < items.length; i++) {
      var option = document.createElement('li');
      option.id = this.list.id + '-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-index', String(i));
      var name = document.createElement('span');
      name.className = 'chooser__name';
      name.textContent = items[i].name;
      option.appendChild(name);
      if (items[i].detail) {
        var detail = document.createElement('span');
        detail.className = 'chooser__detail';
        detail.textContent = items[i].detail;
        option.appendChild(detail);
      }
      this.list.appendChild(option);
    }
    if (this.input.value.trim().length >= MIN_QUERY) {
      this.status.textContent =
        items.length === 0
          ? this.fieldset.getAttribute('data-live-none')
          : text(this.fieldset.getAttribute('data-live-count'), String(items.length));
    }
    if (items.length > 0 && document.activeElement === this.input) {
      this.open();
    } else {
      this.close();
    }
  };

  Chooser.prototype.open = function () {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  };

  Chooser.prototype.close = function () {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.activate(-1);
  };

  Chooser.prototype.isOpen = function () {
    return !this.list.hidden;
  };

  Chooser.prototype.activate = function (index) {
    var options = this.list.querySelectorAll('[role=option]');
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
    }
    this.active = index;
    if (index >= 0 && options[index]) {
      this.input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  };

  Chooser.prototype.key = function (event) {
    var count = this.items.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) {
          return;
        }
        event.preventDefault();
        if (!this.isOpen()) {
          this.open();
        }
        this.activate(this.active < count - 1 ? this.active + 1 : 0);
        break;
      case 'ArrowUp':
        if (count === 0) {
          return;
        }
        event.preventDefault();
        if (!this.isOpen()) {
          this.open();
        }
        this.activate(this.active > 0 ? this.active - 1 : count - 1);
        break;
      case 'Home':
      case 'End':
        // With a suggestion active they move in the list; otherwise in the text, as always.
        if (this.isOpen() && this.active >= 0) {
          event.preventDefault();
          this.activate(event.key === 'Home' ? 0 : count - 1);
        }
        break;
      case 'Enter':
        event.preventDefault();
        if (this.isOpen() && this.active >= 0) {
          this.choose(this.active);
        } else if (this.button) {
          // Without a suggestion, Enter searches this field (not the form's first button).
          this.button.click();
        }
        break;
      case 'Escape':
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        } else if (this.input.value !== '') {
          event.preventDefault();
          this.input.value = '';
          this.show([]);
        }
        break;
      default:
        break;
    }
  };

  Chooser.prototype.choose = function (index) {
    var item = this.items[index];
    if (!item) {
      return;
    }
    var value = this.prefix + item.value;
    var radios = this.choices.querySelectorAll('input[type=radio]');
    var existing = null;
    for (var i = 0; i < radios.length; i++) {
      if (radios[i].value === value) {
        existing = radios[i];
      }
    }
    if (!existing) {
      existing = this.addRadio(value, item);
    }
    existing.checked = true;
    var label = item.name + (item.detail ? ', ' + item.detail : '');
    // The box keeps the words typed: they found the choice, and a search after a post-back finds
    // it again. The checked radio button and the status say what was chosen.
    this.close();
    this.status.textContent = text(this.fieldset.getAttribute('data-live-chosen'), label);
    this.input.focus();
  };

  Chooser.prototype.addRadio = function (value, item) {
    counter += 1;
    var id = this.field + '-chosen-' + counter;
    var row = document.createElement('div');
    row.className = 'choice';
    var radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = this.field;
    radio.value = value;
    radio.id = id;
    var label = document.createElement('label');
    label.htmlFor = id;
    var name = document.createElement('span');
    name.className = 'chooser__name';
    name.textContent = item.name;
    label.appendChild(name);
    if (item.detail) {
      label.appendChild(document.createTextNode(' '));
      var detail = document.createElement('span');
      detail.className = 'chooser__detail';
      detail.textContent = item.detail;
      label.appendChild(detail);
    }
    row.appendChild(radio);
    row.appendChild(document.createTextNode(' '));
    row.appendChild(label);
    this.choices.appendChild(row);
    return radio;
  };

  var all = document.querySelectorAll('fieldset[data-chooser]');
  for (var i = 0; i < all.length; i++) {
    new Chooser(all[i]);
  }
})();
