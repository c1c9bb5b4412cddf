/*
 * PrimeFaces renders the "choose" button of an advanced file upload as a <span> with
 * aria-labelledby but no role, which axe refuses (aria-prohibited-attr: a generic element may
 * not be named). It is a button (focusable, opens the file chooser on Enter/Space), so it gets
 * that role — on load and after every partial update that may re-render an upload.
 */
(function () {
  function fix() {
    document.querySelectorAll('.ui-fileupload-choose:not([role])').forEach(function (el) {
      el.setAttribute('role', 'button');
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
