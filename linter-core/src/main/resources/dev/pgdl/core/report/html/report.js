// Sorting and filtering of the object table. The report reads complete without it.
(function () {
  'use strict';
  var table = document.getElementById('objects-table');
  var headers = table.querySelectorAll('[data-sort]');
  var objects = Array.prototype.slice.call(table.querySelectorAll('.object'));
  var severity = document.getElementById('filter-severity');
  var rule = document.getElementById('filter-rule');
  var kind = document.getElementById('filter-kind');
  var text = document.getElementById('filter-text');
  var shown = document.getElementById('shown-count');
  var numeric = { errors: true, warnings: true, infos: true };
  var collator = new Intl.Collator(document.documentElement.lang);

  table.addEventListener('click', function (event) {
    var header = event.target.closest('[data-sort]');
    if (header) {
      sortBy(header);
    }
  });

  function sortBy(header) {
    var key = header.getAttribute('data-sort');
    var descending = header.getAttribute('data-order') === 'ascending' || (numeric[key] && !header.hasAttribute('data-order'));
    Array.prototype.forEach.call(headers, function (cell) { cell.removeAttribute('data-order'); });
    header.setAttribute('data-order', descending ? 'descending' : 'ascending');
    var sign = descending ? -1 : 1;
    objects.sort(function (a, b) {
      var x = a.dataset[key], y = b.dataset[key];
      var order = numeric[key] ? x - y : collator.compare(x, y);
      return sign * order || collator.compare(a.dataset.name, b.dataset.name);
    });
    var fragment = document.createDocumentFragment();
    objects.forEach(function (object) { fragment.appendChild(object); });
    table.appendChild(fragment);
  }

  function applyFilters() {
    var wantedSeverity = severity.value, wantedRule = rule.value, wantedKind = kind.value;
    var needle = text.value.trim().toLowerCase();
    var byFinding = wantedSeverity !== '' || wantedRule !== '';
    var count = 0;
    objects.forEach(function (object) {
      var visible = (wantedKind === '' || object.dataset.kind === wantedKind)
        && (needle === '' || object.dataset.name.toLowerCase().indexOf(needle) >= 0);
      var matching = 0;
      var findings = object.querySelectorAll('li.finding');
      for (var i = 0; i < findings.length; i++) {
        var finding = findings[i];
        var match = (wantedSeverity === '' || finding.dataset.severity === wantedSeverity)
          && (wantedRule === '' || finding.dataset.rule === wantedRule);
        finding.hidden = !match;
        if (match) {
          matching++;
        }
      }
      object.hidden = !(visible && (!byFinding || matching > 0));
      if (!object.hidden) {
        count++;
      }
    });
    shown.textContent = shown.dataset.template.replace('{0}', count).replace('{1}', objects.length);
  }

  [severity, rule, kind].forEach(function (control) { control.addEventListener('change', applyFilters); });
  text.addEventListener('input', applyFilters);
  document.getElementById('filters').addEventListener('submit', function (event) { event.preventDefault(); });
}());
