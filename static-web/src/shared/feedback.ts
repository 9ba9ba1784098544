import { ApiError, type ProblemDetails } from './api';
import { redirectToSignIn } from './auth';
import { h, replaceChildren } from './dom';

const titleByStatus: Record<number, string> = {
  0: '서버에 연결할 수 없습니다',
  400: '요청 내용이 올바르지 않습니다',
  401: '로그인이 필요합니다',
  403: '이 작업을 할 권한이 없습니다',
  404: '요청한 항목을 찾을 수 없습니다',
  409: '다른 변경과 충돌했습니다',
  412: '그사이 다른 사용자가 변경했습니다',
  422: '처리할 수 없는 요청입니다',
  429: '요청이 너무 많습니다. 잠시 뒤 다시 시도해 주세요',
  500: '서버 오류가 발생했습니다',
  502: '연계 시스템 오류가 발생했습니다',
  503: '서비스를 일시적으로 사용할 수 없습니다',
  504: '연계 시스템이 응답하지 않습니다',
};

const hangul = /[\uAC00-\uD7A3]/;

/**
 * The UI speaks Korean: the server's title is shown when it is Korean; a framework
 * default such as "Not Found" is replaced by a Korean title and kept as a footnote.
 */
function koreanTitle(problem: ProblemDetails, status: number): { title: string; original?: string } {
  const title = problem.title?.trim();
  if (title && hangul.test(title)) return { title };
  const fallback = titleByStatus[status] ?? (status >= 500 ? titleByStatus[500]! : '요청을 처리하지 못했습니다');
  return { title: fallback, original: title || undefined };
}

/** A KRDS-styled alert with role="alert", so screen readers announce it when it appears. */
export function problemAlert(problem: ProblemDetails, status = problem.status ?? 0): HTMLElement {
  const { title, original } = koreanTitle(problem, status);
  const fieldErrors = Object.entries(problem.errors ?? {}).flatMap(([field, messages]) =>
    (messages ?? []).map((message) => h('li', {}, field ? `${field}: ${message}` : message)),
  );
  const meta = [status ? `HTTP ${status}` : null, original].filter(Boolean).join(' · ');
  return h(
    'div',
    { class: 'lofin-alert danger', role: 'alert' },
    h('p', { class: 'alert-title' }, title),
    problem.detail ? h('p', {}, problem.detail) : null,
    fieldErrors.length ? h('ul', { 'aria-label': '항목별 오류' }, fieldErrors) : null,
    meta ? h('p', { class: 'alert-meta' }, meta) : null,
  );
}

/**
 * Shows an error in `container`. An expired or revoked token on a signed-in page
 * means the user must sign in again, so a 401 redirects instead of showing an alert.
 */
export function showError(container: HTMLElement, error: unknown, options: { signInOn401?: boolean } = {}): void {
  if (error instanceof ApiError) {
    if (error.status === 401 && options.signInOn401 !== false) {
      void redirectToSignIn();
      return;
    }
    replaceChildren(container, problemAlert(error.problem, error.status));
    return;
  }
  if (error instanceof DOMException && error.name === 'AbortError') return;
  console.error(error);
  replaceChildren(
    container,
    problemAlert({ title: '화면을 처리하는 중 오류가 발생했습니다', detail: error instanceof Error ? error.message : String(error) }),
  );
}

export function clearMessages(...containers: HTMLElement[]): void {
  for (const c of containers) c.replaceChildren();
}

/**
 * A success or progress message for a polite live region: the region element stays
 * in the page (live regions must exist before their text changes to be announced).
 */
export function showStatus(region: HTMLElement, message: string, tone: 'success' | 'information' = 'success'): void {
  replaceChildren(region, h('div', { class: `lofin-alert ${tone}` }, h('p', {}, message)));
}

/**
 * Marks `region` busy while `work` runs and, if it takes more than a moment, shows a
 * KRDS spinner with a spoken label. Short requests do not flash a spinner.
 */
export async function withBusy<T>(region: HTMLElement, label: string, work: () => Promise<T>): Promise<T> {
  region.setAttribute('aria-busy', 'true');
  const spinner = h('div', { class: 'krds-spinner lofin-busy', role: 'status' }, `${label}…`);
  const timer = window.setTimeout(() => region.prepend(spinner), 250);
  try {
    return await work();
  } finally {
    window.clearTimeout(timer);
    spinner.remove();
    region.setAttribute('aria-busy', 'false');
  }
}
