/*
 * An Ajax request that failed on the server (an expired page, an unexpected error) would
 * otherwise do nothing visible: tell the person and offer to reload the page.
 */
(function () {
  if (!window.jQuery) {
    return;
  }
  function showAjaxError() {
    if (window.PF && PF('ajaxErrorDialog')) {
      PF('ajaxErrorDialog').show();
    }
  }
  jQuery(document).on('pfAjaxComplete', function (event, xhr) {
    var xml = xhr && xhr.responseXML;
    if (xml && xml.getElementsByTagName('error').length > 0) {
      showAjaxError();
    }
  });
  jQuery(document).on('pfAjaxError', function (event, xhr) {
    if (xhr && xhr.status !== 0) {
      showAjaxError();
    }
  });
})();
