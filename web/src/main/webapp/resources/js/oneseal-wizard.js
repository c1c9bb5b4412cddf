/*
 * The registration wizard: after a save that refused answers, the focus goes to the first field
 * with its problem beside it (the p:message of that field), so that a keyboard or screen reader
 * user lands on what to correct. A select menu is focused through its keyboard input.
 */
(function () {
  function focusFirstError() {
    var form = document.getElementById('wizardForm');
    if (!form) {
      return;
    }
    var message = form.querySelector('.os-reg-error.ui-message-error');
    if (!message) {
      return;
    }
    var box = message.closest('.os-field, td') || message.parentElement;
    var input = box.querySelector(
      'input[aria-invalid="true"], .ui-selectonemenu input[id$="_focus"],'
        + ' input:not([type="hidden"]):not([disabled]), textarea');
    if (input && !box.contains(document.activeElement)) {
      input.focus({preventScroll: true});
      box.scrollIntoView({block: 'center'});
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusFirstError);
  } else {
    focusFirstError();
  }
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', focusFirstError);
  }
})();

/*
 * The responsive layout of a PrimeFaces radio group (the entity types) gives its grid cells ARIA
 * attributes that a plain <div> may not carry (axe: aria-allowed-attr); the radio inside each cell
 * keeps its own, so the cells' go.
 */
(function () {
  function fix() {
    document.querySelectorAll('.ui-selectoneradio [class*="ui-md-"]:not([role])').forEach(
      function (cell) {
        Array.from(cell.attributes).forEach(function (a) {
          if (a.name.indexOf('aria-') === 0) {
            cell.removeAttribute(a.name);
          }
        });
      });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', fix);
  } else {
    fix();
  }
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', fix);
  }
})();
