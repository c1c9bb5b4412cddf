/*
 * The filing form (/citizen/apply.xhtml): after "修改" on the answers the focus goes to the field
 * to change (named by the page in data-focus); after a save that refused answers, to the first
 * field with its problem beside it. An external script: the Content-Security-Policy allows no
 * inline script.
 */
(function () {
  function focusField() {
    var form = document.getElementById('applyForm');
    if (!form) {
      return;
    }
    var marker = document.getElementById('applyForm:applyFocus');
    var target = marker && marker.getAttribute('data-focus');
    if (target) {
      marker.removeAttribute('data-focus');
      var named = document.getElementById(target)
        || document.getElementById(target + '_input');
      if (named) {
        var input = named.matches('input, textarea, button, select')
          ? named
          : named.querySelector('input:not([type="hidden"]), textarea, button, label');
        (input || named).focus({preventScroll: true});
        named.scrollIntoView({block: 'center'});
        return;
      }
    }
    var message = form.querySelector('.os-apply-error.ui-message-error');
    if (!message) {
      return;
    }
    var box = message.closest('.os-field, li') || message.parentElement;
    var field = box.querySelector(
      'input[aria-invalid="true"], input:not([type="hidden"]):not([disabled]), textarea');
    if (field && !box.contains(document.activeElement)) {
      field.focus({preventScroll: true});
      box.scrollIntoView({block: 'center'});
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusField);
  } else {
    focusField();
  }
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', focusField);
  }
})();
