import { api, ApiError } from './api';
import { clearToken, getToken } from './auth-token';

export { clearToken, getToken, setToken, TOKEN_KEY } from './auth-token';

/** `GET /api/me`. */
export interface Me {
  userId: string;
  name: string;
  tenantId: string;
  tenantName: string;
  roles: string[];
  roleNames: string[];
}

/**
 * Accepts only a path on this site ("/ops/?x=1"), never "//evil.example" or "https://…",
 * so a crafted sign-in link cannot send the fresh token's owner elsewhere.
 */
export function safeReturnUrl(raw: string | null | undefined): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  let url: URL;
  try {
    url = new URL(raw, window.location.origin);
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
  if (url.origin !== window.location.origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function signInHref(returnUrl = currentPath()): string {
  return `/signin/?returnUrl=${encodeURIComponent(returnUrl)}`;
}

function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** Never resolves: the page is being replaced. */
export function redirectToSignIn(): Promise<never> {
  // replace(): the back button should not return to a page that would bounce again.
  window.location.replace(signInHref());
  return new Promise<never>(() => {});
}

/** For pages that need a user: no token or a rejected one sends the browser to sign-in. */
export async function requireSignIn(): Promise<Me> {
  if (!getToken()) return redirectToSignIn();
  try {
    return await api<Me>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      clearToken();
      return redirectToSignIn();
    }
    throw error;
  }
}

/** For public pages: who is signed in, if anyone. A stale token is dropped quietly. */
export async function optionalSignIn(): Promise<Me | null> {
  if (!getToken()) return null;
  try {
    return await api<Me>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      clearToken();
      return null;
    }
    throw error;
  }
}

export function signOut(): void {
  clearToken();
  window.location.assign('/');
}
