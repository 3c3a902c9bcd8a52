import crypto from 'node:crypto';

import { PLUGIN_NAME } from '../../common/constants';

export interface LoginPageOptions {
  /** Where to go after signing in, already checked by `readNextPath`. */
  next: string;
  username?: string;
  /** An error to show above the form. */
  error?: string;
}

const STYLES = `
*, *::before, *::after { box-sizing: border-box; }
body {
  margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
  background: #f6f9fc; color: #1d2a3e;
  font: 14px/1.5 Inter, -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif;
}
main {
  width: 100%; max-width: 360px; margin: 16px; padding: 32px; background: #fff;
  border: 1px solid #e3e8f2; border-radius: 6px; box-shadow: 0 2px 8px rgba(7, 16, 31, 0.08);
}
h1 { margin: 0 0 4px; font-size: 20px; font-weight: 700; }
p.subtitle { margin: 0 0 24px; color: #516381; }
label { display: block; margin: 16px 0 4px; font-weight: 600; font-size: 12px; }
input[type=text], input[type=password] {
  width: 100%; height: 40px; padding: 0 12px; font: inherit; color: inherit;
  background: #fbfcfd; border: 1px solid #cad3e2; border-radius: 4px;
}
input:focus { outline: 2px solid #0b64dd; outline-offset: -1px; background: #fff; }
button {
  width: 100%; height: 40px; margin-top: 24px; font: inherit; font-weight: 600; color: #fff;
  background: #0b64dd; border: 0; border-radius: 4px; cursor: pointer;
}
button:hover { background: #0a55bd; }
button:focus-visible { outline: 2px solid #1d2a3e; outline-offset: 2px; }
.error {
  margin: 0 0 8px; padding: 8px 12px; color: #a71627; background: #fff1f0;
  border: 1px solid #f6c6c2; border-radius: 4px;
}
@media (prefers-color-scheme: dark) {
  body { background: #07101f; color: #e8f1ff; }
  main { background: #0b1628; border-color: #2b394f; box-shadow: none; }
  p.subtitle { color: #a2b1c9; }
  input[type=text], input[type=password] { background: #111c2c; border-color: #3c4d66; }
  input:focus { background: #111c2c; }
  .error { color: #ffb3ad; background: #3a1115; border-color: #6d2027; }
}
`;

/**
 * The page's Content-Security-Policy. It allows no script and only the inline style above,
 * by its hash, and the form posts only to this host.
 */
export const LOGIN_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${crypto.createHash('sha256').update(STYLES).digest('base64')}'`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** Renders the sign-in form; it posts the user name, password and `next` to `/login`. */
export function renderLoginPage(options: LoginPageOptions): string {
  const error =
    options.error === undefined
      ? ''
      : `<p class="error" role="alert" data-test-subj="simpleHttpInvestigationLoginError">${escapeHtml(options.error)}</p>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · ${escapeHtml(PLUGIN_NAME)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
<h1>Sign in</h1>
<p class="subtitle">${escapeHtml(PLUGIN_NAME)}</p>
${error}
<form method="post" action="/login" data-test-subj="simpleHttpInvestigationLoginForm">
<input type="hidden" name="next" value="${escapeHtml(options.next)}">
<label for="username">User name</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus value="${escapeHtml(options.username ?? '')}" data-test-subj="simpleHttpInvestigationLoginUsername">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required data-test-subj="simpleHttpInvestigationLoginPassword">
<button type="submit" data-test-subj="simpleHttpInvestigationLoginSubmit">Sign in</button>
</form>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
