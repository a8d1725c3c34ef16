// Issue 15: the content security policy built for index.html and `vite preview`, and the
// "new version" banner (the service worker's side is tested in the browser: e2e/offline.spec.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { UpdateBanner, UpdatePrompt } from '../../src/app/UpdatePrompt';
import { collabOrigin, contentSecurityPolicy } from '../../vite.config';

afterEach(() => cleanup());

describe('content security policy', () => {
  const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

  it('allows script, connections and frames from the app only; PNG export gets data: and blob:', () => {
    const header = directives(contentSecurityPolicy(undefined, 'header'));
    expect(header.get('script-src')).toBe("'self'");
    // Any WebSocket (the collaboration server a person types in "Share live"), no other origin's HTTP.
    expect(header.get('connect-src')).toBe("'self' ws: wss:");
    expect(header.get('object-src')).toBe("'none'");
    expect(header.get('frame-ancestors')).toBe("'none'");
    expect(header.get('base-uri')).toBe("'self'");
    expect(header.get('form-action')).toBe("'self'");
    expect(header.get('img-src')).toBe("'self' data: blob:");
    expect(header.get('font-src')).toBe("'self' data:");
  });

  it('leaves frame-ancestors out of the <meta>, which cannot carry it', () => {
    const meta = contentSecurityPolicy(undefined, 'meta');
    expect(meta).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy(undefined, 'header')).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('limits WebSockets to the collaboration server named by VITE_COLLAB_SERVER, as an origin', () => {
    expect(collabOrigin(undefined)).toBeUndefined();
    expect(collabOrigin('  ')).toBeUndefined();
    expect(collabOrigin('wss://collab.example.org/rooms?x=1')).toBe('wss://collab.example.org');
    expect(collabOrigin('ws://127.0.0.1:1234')).toBe('ws://127.0.0.1:1234');
    expect(directives(contentSecurityPolicy('wss://collab.example.org', 'meta')).get('connect-src')).toBe("'self' wss://collab.example.org");
  });

  it('refuses a collaboration server that is not a WebSocket URL', () => {
    expect(() => collabOrigin('https://collab.example.org')).toThrow(/ws: or wss:/);
    expect(() => collabOrigin('collab.example.org')).toThrow(/not a URL/);
    expect(() => collabOrigin("wss://a.example; script-src 'unsafe-inline'")).toThrow();
  });
});

describe('update banner', () => {
  it('says a new version is ready, non-modally, with Reload and Later', () => {
    const onReload = vi.fn();
    const onLater = vi.fn();
    render(<UpdateBanner onReload={onReload} onLater={onLater} />);
    const banner = screen.getByRole('status');
    expect(banner.textContent).toContain('A new version of Waymark is ready');
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(onLater).toHaveBeenCalledTimes(1);
  });

  it('shows nothing while no new version waits (and outside a build, where no worker registers)', () => {
    const { container } = render(<UpdatePrompt />);
    expect(container.innerHTML).toBe('');
  });
});
