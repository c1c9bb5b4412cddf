/*
 * The page frame's behaviour on a phone, without PrimeFaces' scripts (loaded in the head of every
 * page by the template):
 *
 * 1. The menu button. On a phone (CSS, max-width 768px) the navigation is folded behind a real
 *    <button aria-expanded aria-controls>; this script marks the document "os-js" at once, so
 *    that the navigation is only folded where the button can unfold it (without scripts the links
 *    simply stay visible). Escape closes the menu and gives the focus back to the button.
 * 2. Tables as cards. Every cell of a data table learns the text of its column's header
 *    (data-label), which the phone layout prints before the cell's value when the rows become
 *    cards. Tables PrimeFaces already reflows (reflow="true") carry their own titles and are left
 *    alone. Done on load and after every PrimeFaces partial update.
 * 3. PrimeFaces 15 writes aria-checked on the plain <div> around each choice of a
 *    p:selectOneRadio / p:selectManyCheckbox (layout lineDirection), which no role allows (axe
 *    aria-allowed-attr, critical). The native radio or checkbox inside carries the state, so the
 *    attribute goes — on load, after partial updates and after each click that may put it back.
 */
(function () {
  document.documentElement.classList.add('os-js');

  /*
   * Tables that keep their grid on a phone or fold by their own rules: PrimeFaces' reflowed tables,
   * the flowchart, the wizard's editable rows (css/registration.css), the statistics' cross table
   * and the calendar's months keep their own layout; os-no-cards opts a table out.
   */
  var NOT_CARDS =
    '.ui-datatable-reflow, .os-flowchart, .os-no-cards, .os-reg-table, .os-stat-table, .cal-month';

  function wireMenu() {
    var button = document.getElementById('navToggle');
    var nav = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!button || !nav || button.dataset.wired) {
      return;
    }
    button.dataset.wired = 'true';
    function set(open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      nav.classList.toggle('os-nav-open', open);
    }
    button.addEventListener('click', function () {
      set(button.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        set(false);
        button.focus();
      }
    });
  }

  function headerTexts(table) {
    var row = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!row) {
      return null;
    }
    return Array.prototype.map.call(row.cells, function (th) {
      var title = th.querySelector('.ui-column-title');
      return ((title || th).textContent || '').replace(/\s+/g, ' ').trim();
    });
  }

  function labelCells(root) {
    var tables = (root || document).querySelectorAll('table');
    Array.prototype.forEach.call(tables, function (table) {
      if (table.closest(NOT_CARDS)) {
        return;
      }
      var labels = headerTexts(table);
      if (!labels) {
        return;
      }
      table.classList.add('os-cards');
      Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.forEach.call(body.rows, function (tr) {
          var column = 0;
          Array.prototype.forEach.call(tr.cells, function (td) {
            var label = labels[column];
            if (label && tr.cells.length > 1) {
              td.setAttribute('data-label', label);
            }
            column += td.colSpan || 1;
          });
        });
      });
    });
  }

  function dropStrayAriaChecked() {
    var stray = document.querySelectorAll(
      '.ui-selectoneradio [aria-checked]:not([role]), .ui-selectmanycheckbox [aria-checked]:not([role])'
    );
    Array.prototype.forEach.call(stray, function (el) {
      el.removeAttribute('aria-checked');
    });
  }

  function ready() {
    wireMenu();
    labelCells(document);
    dropStrayAriaChecked();
    document.addEventListener('click', function () {
      window.setTimeout(dropStrayAriaChecked, 0);
    });
    document.addEventListener('change', function () {
      window.setTimeout(dropStrayAriaChecked, 0);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
  // PrimeFaces replaces a table's rows on paging, sorting and filtering
  document.addEventListener('DOMContentLoaded', function () {
    if (window.jQuery) {
      jQuery(document).on('pfAjaxComplete', function () {
        labelCells(document);
        dropStrayAriaChecked();
      });
    }
  });
})();
