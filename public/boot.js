// Runs before first paint: applies the language direction saved by the app to <html>, so a
// returning Uyghur reader never sees the page flip from left-to-right. Storage may be blocked
// (private browsing); the defaults then stay.
(function () {
  try {
    var lang = window.localStorage.getItem('portal.language');
    var dir = window.localStorage.getItem('portal.direction');
    if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) && (dir === 'ltr' || dir === 'rtl')) {
      document.documentElement.lang = lang;
      document.documentElement.dir = dir;
    }
  } catch (e) {
    // Keep the defaults.
  }
})();
