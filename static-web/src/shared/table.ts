import { h } from './dom';

/**
 * KRDS table wrapper. On narrow screens the table scrolls sideways, so the wrapper is
 * a focusable, named region: keyboard users can scroll it and hear what it holds.
 */
export function tableWrap(table: HTMLTableElement, label: string): HTMLElement {
  return h('div', { class: 'krds-table-wrap lofin-table-wrap', role: 'region', 'aria-label': label, tabindex: 0 }, table);
}
