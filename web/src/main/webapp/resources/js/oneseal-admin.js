// After a save that did not go through, show why: the first field in error, or the message list
// at the top of the page (a refusal of the catalogue's rules). A file of its own rather than an
// inline script: the Content-Security-Policy allows only the application's scripts.
var OneSealAdmin = {
  showOutcome: function (args) {
    var failed = args ? args.validationFailed : false;
    if (failed) {
      var field = document.querySelector('#itemForm .ui-state-error');
      if (field) { field.scrollIntoView({block: 'center'}); field.focus(); }
    } else if (document.querySelector('#messages .ui-messages-error')) {
      window.scrollTo({top: 0, behavior: 'smooth'});
    }
  }
};
