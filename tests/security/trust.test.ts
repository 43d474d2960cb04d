import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../src/main/app/platform';
import {
  CONTENT_SECURITY_POLICY,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
} from '../../src/main/electron/trust';

const FILE = 'file:///opt/Galley/resources/app/out/renderer/index.html';

describe('sender check', () => {
  it('accepts only the app renderer page', () => {
    expect(isTrustedSender(FILE, { fileUrl: FILE })).toBe(true);
    expect(isTrustedSender(`${FILE}#/proofread`, { fileUrl: FILE })).toBe(true);
    expect(isTrustedSender('file:///tmp/evil.html', { fileUrl: FILE })).toBe(false);
    expect(isTrustedSender('https://example.com/', { fileUrl: FILE })).toBe(false);
    expect(isTrustedSender(undefined, { fileUrl: FILE })).toBe(false);
    expect(isTrustedSender('not a url', { fileUrl: FILE })).toBe(false);
  });

  it('accepts the dev server only when one is configured', () => {
    const dev = { devServerUrl: 'http://localhost:5173' };
    expect(isTrustedSender('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', { fileUrl: FILE })).toBe(false);
  });
});

describe('navigation', () => {
  it('denies every navigation away from the page', () => {
    expect(isNavigationAllowed('https://example.com/', FILE)).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd', FILE)).toBe(false);
    expect(isNavigationAllowed('javascript:alert(1)', FILE)).toBe(false);
    expect(isNavigationAllowed('garbage', FILE)).toBe(false);
  });

  it('allows a hash change of the same page', () => {
    expect(isNavigationAllowed(`${FILE}#versions`, FILE)).toBe(true);
  });
});

describe('links, permissions and CSP', () => {
  it('opens only plain https links outside the app', () => {
    expect(isAllowedExternalUrl('https://www.w3.org/TR/clreq/')).toBe(true);
    for (const url of [
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
  });
});
