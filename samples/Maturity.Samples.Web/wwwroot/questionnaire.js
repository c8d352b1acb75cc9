// Progressive enhancement of the questionnaire: after every change, ask the server which questions of this
// section are asked for the values on screen (nothing is saved), and show or hide them. Without this script
// the form still works: "Save" posts it and the page comes back with the questions that now apply.
(function () {
  'use strict';
  var form = document.getElementById('questionnaire');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }

  var latest = 0;

  function apply(state) {
    var fieldsets = form.querySelectorAll('fieldset[data-question]');
    for (var i = 0; i < fieldsets.length; i++) {
      var asked = state.asked.indexOf(fieldsets[i].getAttribute('data-question')) >= 0;
      fieldsets[i].hidden = !asked;
      fieldsets[i].disabled = !asked;
    }

    var bar = document.querySelector('[data-progress]');
    if (bar) {
      bar.max = state.total.asked;
      bar.value = state.total.answered;
    }

    var text = document.querySelector('[data-progress-text]');
    if (text) {
      text.textContent = state.total.text;
    }

    var sectionText = document.querySelector('[data-section-progress]');
    if (sectionText) {
      sectionText.textContent = state.section.text;
    }

    var count = document.querySelector('[data-section-count="' + state.section.id + '"]');
    if (count) {
      count.textContent = state.section.answered + '/' + state.section.asked;
    }
  }

  function refresh() {
    var request = ++latest;
    form.setAttribute('aria-busy', 'true');
    fetch(form.getAttribute('data-preview'), {
      method: 'POST',
      body: new FormData(form),
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (state) {
      // Only the answer to the latest change counts: an older, slower one must not undo it.
      if (request === latest) {
        if (state) {
          apply(state);
        }

        form.removeAttribute('aria-busy');
      }
    }).catch(function () {
      if (request === latest) {
        form.removeAttribute('aria-busy');
      }
    });
  }

  form.addEventListener('change', refresh);

  // "Not applicable" and a value exclude each other: ticking one clears the other.
  form.addEventListener('change', function (event) {
    var box = event.target;
    var fieldset = box.closest ? box.closest('fieldset[data-question]') : null;
    if (!fieldset) {
      return;
    }

    var isNa = box.name && box.name.indexOf('na.') === 0;
    var inputs = fieldset.querySelectorAll('input');
    for (var i = 0; i < inputs.length; i++) {
      var other = inputs[i];
      if (other === box) {
        continue;
      }

      var otherIsNa = other.name.indexOf('na.') === 0;
      if (isNa && box.checked && !otherIsNa) {
        if (other.type === 'text') { other.value = ''; } else { other.checked = false; }
      } else if (!isNa && otherIsNa && (box.checked || (box.type === 'text' && box.value !== ''))) {
        other.checked = false;
      }
    }
  }, true);
})();
