import { h } from './dom';

/** One page of a list API that pages with continuation tokens. */
export interface Page<T> {
  items: T[];
  continuationToken: string | null;
}

/**
 * Continuation-token paging: the API only knows "next", so the tokens of pages already
 * seen are kept to allow going back.
 */
export class TokenPager {
  private tokens: (string | null)[] = [null];
  private index = 0;
  private next: string | null = null;

  get current(): string | null {
    return this.tokens[this.index] ?? null;
  }
  get pageNumber(): number {
    return this.index + 1;
  }
  get hasPrevious(): boolean {
    return this.index > 0;
  }
  get hasNext(): boolean {
    return this.next !== null;
  }
  reset(): void {
    this.tokens = [null];
    this.index = 0;
    this.next = null;
  }
  received(continuationToken: string | null): void {
    this.next = continuationToken;
  }
  forward(): void {
    if (this.next === null) return;
    this.tokens = [...this.tokens.slice(0, this.index + 1), this.next];
    this.index += 1;
    this.next = null;
  }
  back(): void {
    if (this.index > 0) this.index -= 1;
  }
}

export function pagerButtons(label: string, pager: TokenPager, reload: () => void): { el: HTMLElement; sync: () => void } {
  const prev = h('button', { type: 'button', class: 'krds-btn small secondary', 'data-testid': `${label}-prev-page` }, '이전 페이지');
  const next = h('button', { type: 'button', class: 'krds-btn small secondary', 'data-testid': `${label}-next-page` }, '다음 페이지');
  prev.addEventListener('click', () => {
    pager.back();
    reload();
  });
  next.addEventListener('click', () => {
    pager.forward();
    reload();
  });
  const sync = () => {
    prev.hidden = !pager.hasPrevious;
    next.hidden = !pager.hasNext;
  };
  sync();
  return { el: h('div', { class: 'lofin-actions' }, prev, next), sync };
}

