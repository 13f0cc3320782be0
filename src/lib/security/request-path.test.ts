import { describe, expect, it } from 'vitest';
import { checkRequestPath } from './request-path.ts';

describe('checkRequestPath', () => {
  it.each([
    ['/', '/'],
    ['/homes/', '/homes/'],
    ['/homes', '/homes'],
    ['/homes/?city=jinan', '/homes/?city=jinan'],
    ['/homes/#top', '/homes/'],
    ['//evil.com/homes', '/evil.com/homes'],
    ['///evil.com', '/evil.com'],
    ['/homes//jinan/', '/homes/jinan/'],
    ['/%E6%B5%8E%E5%8D%97/', '/%E6%B5%8E%E5%8D%97/'],
    ['/media/photos/a%20b.jpg', '/media/photos/a%20b.jpg'],
    ['/.well-known/security.txt', '/.well-known/security.txt'],
  ])('lets %s through as %s', (target, url) => expect(checkRequestPath(target)).toEqual({ ok: true, url }));

  it.each([
    '/%',
    '/%ff',
    '/homes/%E0%A4%A',
    '/%ED%A0%80', // a lone surrogate in UTF-8 form
    '/.//evil.com/..%2fhomes',
    '/..%2f..%2fetc%2fpasswd',
    '/a%5cb',
    '/../etc/passwd',
    '/homes/./',
    '/%2e%2e/secret',
    '/a%00b',
    '/a%0d%0aSet-Cookie:x',
    'http://evil.com/',
    '*',
    '',
  ])('refuses %s with 400', (target) => expect(checkRequestPath(target)).toEqual({ ok: false, status: 400 }));

  it.each(['/_headers', '/nginx-security-headers.conf', '/.git/config', '/homes/.env', '/%5Fheaders'])(
    'hides %s (404)',
    (target) => expect(checkRequestPath(target)).toEqual({ ok: false, status: 404 }),
  );
});
