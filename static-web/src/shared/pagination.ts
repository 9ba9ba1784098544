import { h, replaceChildren, srOnly } from './dom';

export interface PaginationOptions {
  page: number;
  pageCount: number;
  onChange: (page: number) => void;
  label?: string;
}

/** 1 … 4 5 [6] 7 8 … 13: first, last and two either side of the current page. */
function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const shown = new Set([1, pageCount]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pageCount) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

/**
 * KRDS pagination, with buttons rather than `href="#"` links because paging happens in
 * place. Focus is put back on the matching control after re-rendering so keyboard
 * users keep their position.
 */
export function renderPagination(container: HTMLElement, options: PaginationOptions): void {
  const { page, pageCount, onChange } = options;
  if (pageCount <= 1) {
    container.replaceChildren();
    return;
  }
  const go = (target: number, key: string) => () => {
    onChange(target);
    const again =
      container.querySelector<HTMLButtonElement>(`[data-key="${key}"]:not([disabled])`) ??
      container.querySelector<HTMLButtonElement>('[aria-current="page"]');
    again?.focus();
  };

  const prev = h(
    'button',
    { type: 'button', class: `page-navi prev${page <= 1 ? ' disabled' : ''}`, disabled: page <= 1, 'data-key': 'prev' },
    '이전',
    srOnly(' 페이지'),
  );
  const next = h(
    'button',
    { type: 'button', class: `page-navi next${page >= pageCount ? ' disabled' : ''}`, disabled: page >= pageCount, 'data-key': 'next' },
    '다음',
    srOnly(' 페이지'),
  );
  prev.addEventListener('click', go(page - 1, 'prev'));
  next.addEventListener('click', go(page + 1, 'next'));

  const links = pageWindow(page, pageCount).map((p) => {
    if (p === 'gap') return h('span', { class: 'page-link link-dot', 'aria-hidden': 'true' });
    const current = p === page;
    const button = h(
      'button',
      { type: 'button', class: `page-link${current ? ' active' : ''}`, 'aria-current': current ? 'page' : null, 'data-key': `p${p}` },
      current ? srOnly('현재 페이지 ') : null,
      String(p),
      srOnly(' 페이지'),
    );
    if (!current) button.addEventListener('click', go(p, `p${p}`));
    return button;
  });

  replaceChildren(
    container,
    h(
      'nav',
      { class: 'krds-pagination lofin-pagination', 'aria-label': options.label ?? '페이지 이동' },
      prev,
      h('div', { class: 'page-links' }, links),
      next,
    ),
  );
}
