import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../src/main/app/platform';
import {
  APP_PAGE_URL,
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
} from '../../src/main/electron/trust';

const PAGE = APP_PAGE_URL;
const APP = { appUrl: APP_PAGE_URL };

describe('sender check', () => {
  it('accepts only the app renderer page', () => {
    expect(PAGE).toBe('app://galley/index.html');
    expect(isTrustedSender(PAGE, APP)).toBe(true);
    expect(isTrustedSender(`${PAGE}#/proofread`, APP)).toBe(true);
    expect(isTrustedSender('app://galley/assets/other.html', APP)).toBe(false);
    expect(isTrustedSender('app://evil/index.html', APP)).toBe(false);
    expect(isTrustedSender('file:///tmp/index.html', APP)).toBe(false);
    expect(isTrustedSender('https://example.com/', APP)).toBe(false);
    expect(isTrustedSender(undefined, APP)).toBe(false);
    expect(isTrustedSender('not a url', APP)).toBe(false);
  });

  it('accepts the dev server only when one is configured', () => {
    const dev = { devServerUrl: 'http://localhost:5173' };
    expect(isTrustedSender('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', APP)).toBe(false);
    expect(isTrustedSender(PAGE, dev)).toBe(false);
  });
});

describe('navigation', () => {
  it('denies every navigation away from the page', () => {
    expect(isNavigationAllowed('https://example.com/', PAGE)).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd', PAGE)).toBe(false);
    expect(isNavigationAllowed('javascript:alert(1)', PAGE)).toBe(false);
    expect(isNavigationAllowed('garbage', PAGE)).toBe(false);
    expect(isNavigationAllowed('app://evil/index.html', PAGE)).toBe(false);
    expect(isNavigationAllowed('app://galley/assets/x.html', PAGE)).toBe(false);
  });

  it('allows a hash change of the same page', () => {
    expect(isNavigationAllowed(`${PAGE}#versions`, PAGE)).toBe(true);
  });
});

describe('links, permissions and CSP', () => {
  it('opens only plain https links to the allowed hosts outside the app', () => {
    expect(isAllowedExternalUrl('https://www.w3.org/TR/clreq/')).toBe(true);
    expect(isAllowedExternalUrl('https://w3c.github.io/clreq/')).toBe(true);
    for (const url of [
      'https://example.com/',
      'https://www.w3.org.example.com/',
      'https://www.w3.org:8443/',
      'http://example.com',
      'file:///etc/passwd',
      'smb://host/share',
      'https://a:b@host/',
      '',
    ]) {
      expect(isAllowedExternalUrl(url)).toBe(false);
    }
  });

  it('grants no permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isPermissionGranted(p)).toBe(false);
    }
  });

  it('has a CSP without inline or remote scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'");
    // Directives a meta tag cannot carry would make the tag differ from the header in effect.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });

  it('in development allows only the hashed inline scripts and the dev server socket', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173/', ['abc=']);
    expect(dev).toContain("script-src 'self' 'sha256-abc='");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).not.toMatch(/script-src[^;]*unsafe/);
    expect(dev.split('; ').length).toBe(CONTENT_SECURITY_POLICY.split('; ').length);
  });
});
