// Runs before first paint: applies the language direction and the display settings saved by the
// app to <html>, so a returning Uyghur reader never sees the page flip direction and an elder-
// mode reader never sees small text first. Damaged values are ignored; storage may be blocked
// (private browsing), and the defaults then stay.
(function () {
  var root = document.documentElement;
  try {
    var lang = window.localStorage.getItem('portal.language');
    var dir = window.localStorage.getItem('portal.direction');
    if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) && (dir === 'ltr' || dir === 'rtl')) {
      root.lang = lang;
      root.dir = dir;
    }
    var display = JSON.parse(window.localStorage.getItem('portal.display') || '{}') || {};
    var size = display.textSize;
    if (size === 1 || size === 2 || size === 3) root.setAttribute('data-text-size', String(size));
    if (display.elder === true) root.setAttribute('data-elder', '');
    if (display.highContrast === true) root.setAttribute('data-contrast', 'high');
    if (display.spacing === true) root.setAttribute('data-spacing', '');
    if (display.reducedMotion === true) root.setAttribute('data-motion', 'reduced');
  } catch (e) {
    // Keep the defaults.
  }
})();
