/** sessionStorage, not localStorage: a demo token should not outlive the browser tab. */
export const TOKEN_KEY = 'lofin.token';

// Storage access throws a DOMException (SecurityError) when the browser blocks it;
// then nobody is signed in, and anything else is a real bug that should surface.
function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch (error) {
    if (error instanceof DOMException) return null;
    throw error;
  }
}

export function getToken(): string | null {
  return storage()?.getItem(TOKEN_KEY) ?? null;
}

export function setToken(token: string): void {
  const store = storage();
  if (!store) throw new Error('이 브라우저에서는 세션 저장소를 사용할 수 없어 로그인할 수 없습니다.');
  store.setItem(TOKEN_KEY, token);
}

export function clearToken(): void {
  storage()?.removeItem(TOKEN_KEY);
}
