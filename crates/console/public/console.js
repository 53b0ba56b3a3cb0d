// Starts the console: imports the wasm-bindgen glue the build named in <meta> tags and runs the
// wasm. Kept out of index.html so that the Content-Security-Policy allows no inline script.
const setting = (name) => document.querySelector(`meta[name="${name}"]`).content;
import(setting('app-module')).then((glue) => glue.default({ module_or_path: setting('app-wasm') }));
