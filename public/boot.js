// Runs before first paint: applies the language direction and the display settings saved by the
// app to <html>, so a returning Uyghur reader never sees the page flip direction and an elder-
// mode reader never sees small text first. Damaged values are ignored; storage may be blocked
// (private browsing), and the defaults then stay.
//
// It also starts the downloads the app will ask for first (this page's language files and data,
// and on a service address the wasm that renders services), so they arrive alongside the main
// wasm instead of after it. The language is chosen as the app chooses it (src/i18n/negotiate.rs):
// ?lang=, then the saved choice, then the browser's languages, then the first offered. A wrong
// guess costs one small download, never a wrong page.
(function () {
  var root = document.documentElement;
  // Scripts run: controls only the app can work are offered (see static-shell.css).
  root.classList.add('app-js');
  // ...unless the browser has no WebAssembly: the app cannot run, so they are not offered either.
  if (typeof WebAssembly !== 'object') root.classList.add('app-no-wasm');
  var pageMeta = document.querySelector('meta[name="portal-page"]');
  // A page portal-server rendered for its language: <html lang dir> is already the choice.
  var served = pageMeta ? pageMeta.content : null;
  var saved = null;
  try {
    var lang = window.localStorage.getItem('portal.language');
    var dir = window.localStorage.getItem('portal.direction');
    // A choice saved before portal-server read cookies: tell it, for the next page.
    if (lang && !/(?:^|; *)portal-lang=/.test(document.cookie) && /^[A-Za-z-]{2,16}$/.test(lang)) {
      document.cookie = 'portal-lang=' + lang + '; path=/; max-age=31536000; samesite=lax';
    }
    if (served) {
      saved = root.lang;
    } else if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) && (dir === 'ltr' || dir === 'rtl')) {
      root.lang = lang;
      root.dir = dir;
      saved = lang;
    }
    var display = JSON.parse(window.localStorage.getItem('portal.display') || '{}') || {};
    // The cookie portal-server read is newer when a form was sent without scripts.
    var words = /(?:^|; *)portal-display=([^;]*)/.exec(document.cookie);
    if (words) {
      var parts = decodeURIComponent(words[1]).split('.');
      display = {
        elder: parts.indexOf('elder') >= 0,
        highContrast: parts.indexOf('contrast') >= 0,
        spacing: parts.indexOf('spacing') >= 0,
        reducedMotion: parts.indexOf('motion') >= 0,
        textSize: parts.indexOf('size3') >= 0 ? 3 : parts.indexOf('size2') >= 0 ? 2 : parts.indexOf('size1') >= 0 ? 1 : 0
      };
    }
    // Set, or taken off: a page kept offline carries the settings it was served with, which may
    // have changed since.
    var mark = function (name, on, value) {
      if (on) root.setAttribute(name, value);
      else root.removeAttribute(name);
    };
    var size = display.textSize;
    mark('data-text-size', size === 1 || size === 2 || size === 3, String(size));
    mark('data-elder', display.elder === true, '');
    mark('data-contrast', display.highContrast === true, 'high');
    mark('data-spacing', display.spacing === true, '');
    mark('data-motion', display.reducedMotion === true, 'reduced');
  } catch (e) {
    // Keep the defaults.
  }

  // A complete page needs nothing more until the citizen uses it (start.js).
  if (served === 'prerendered') return;
  try {
    var meta = function (name) {
      var element = document.querySelector('meta[name="' + name + '"]');
      return element ? element.content.split(' ').filter(Boolean) : [];
    };
    var offered = meta('app-languages').map(function (entry) {
      var parts = entry.split('/');
      return { code: parts[0], script: parts[1] };
    });
    var byCode = function (code) {
      if (!code) return null;
      for (var i = 0; i < offered.length; i++) {
        if (offered[i].code.toLowerCase() === code.toLowerCase()) return offered[i];
      }
      return null;
    };
    var fromBrowser = function (tag) {
      var exact = byCode(tag);
      if (exact) return exact;
      var parts = tag.split('-');
      var script = null;
      for (var i = 1; i < parts.length; i++) if (parts[i].length === 4) script = parts[i].toLowerCase();
      for (var j = 0; j < offered.length; j++) {
        if (offered[j].code.split('-')[0].toLowerCase() === parts[0].toLowerCase()
          && (script === null || script === offered[j].script.toLowerCase())) return offered[j];
      }
      return null;
    };
    var chosen = (served && byCode(saved)) || byCode(new URLSearchParams(window.location.search).get('lang')) || byCode(saved);
    var browser = navigator.languages || [];
    for (var k = 0; !chosen && k < browser.length; k++) chosen = fromBrowser(browser[k]);
    chosen = chosen || offered[0];
    if (!chosen) return;
    var locales = '/locales/' + chosen.code + '/';
    var files = [locales + 'shell.ftl', locales + 'pages.ftl'];
    var path = window.location.pathname;
    var service = /^\/services\/([a-z0-9-]+)(\/|$)/.exec(path);
    if (path === '/') files.push(locales + 'catalogue.ftl');
    if (service) {
      files.push('/services/' + service[1] + '.json', locales + 'forms.ftl', locales + 'services/' + service[1] + '.ftl');
      files = files.concat(meta('app-journey-files'));
    }
    if (path === '/accessibility' || path === '/privacy') files.push(locales + 'statements.ftl');
    if (path === '/settings') files.push(locales + 'settings.ftl');
    files.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.appendChild(link);
    });
  } catch (e) {
    // The app fetches what it needs itself.
  }
})();
