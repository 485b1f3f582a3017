// Signs in on Swagger UI the way a person would, in headless Chromium: Authorize -> signIn (authorization code with
// PKCE) -> the identity provider's login in the popup -> back on /docs with a token -> an API call with that token.
// Usage: node docs-sign-in.js <gateway URL> <username> <password>
const { chromium } = require('playwright-core');

const [gateway, username, password] = process.argv.slice(2);

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    let token;
    page.on('response', async response => {
      if (response.url().includes('/protocol/openid-connect/token') && response.status() === 200) {
        token = (await response.json()).access_token;
      }
    });
    await page.goto(gateway + '/docs/', { waitUntil: 'networkidle' });
    await page.click('.auth-wrapper button.authorize');
    const codeFlow = page.locator('.auth-container', { hasText: 'authorization_code' }).first();
    const [popup] = await Promise.all([page.waitForEvent('popup'), codeFlow.locator('button.authorize').click()]);
    await popup.waitForLoadState();
    if (!popup.url().includes('code_challenge_method=S256')) {
      throw new Error('the sign-in did not use PKCE: ' + popup.url());
    }
    await popup.fill('#username', username);
    await popup.fill('#password', password);
    await popup.click('#kc-login');
    await codeFlow.locator('button', { hasText: 'Logout' }).waitFor({ timeout: 30000 });
    const status = await page.evaluate(async bearer => (await fetch('/api/members/me',
        { headers: { Authorization: 'Bearer ' + bearer } })).status, token);
    if (status !== 200) {
      throw new Error('GET /api/members/me with the token Swagger UI got answered ' + status);
    }
    console.log('docs-sign-in: signed in through the popup (authorization code + PKCE); GET /api/members/me: 200');
  } finally {
    await browser.close();
  }
})().catch(error => {
  console.error('docs-sign-in: FAILED', error.message);
  process.exit(1);
});
