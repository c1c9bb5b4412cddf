/*
 * PrimeFaces renders the "choose" button of an advanced file upload as a <span> with
 * aria-labelledby but no role, which axe refuses (aria-prohibited-attr: a generic element may not
 * be named that way). Giving it role=button instead trips nested-interactive (the hidden file input
 * sits inside it), so the name goes: the span's own text ("选择文件") is what is read. Done on load
 * and after every partial update that may re-render an upload.
 */
(function () {
  function fix() {
    document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]').forEach(function (el) {
      el.removeAttribute('aria-labelledby');
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
