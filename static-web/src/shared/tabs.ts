import { h } from './dom';

export interface TabDef {
  id: string;
  label: string;
  panel: HTMLElement;
  /** Runs the first time the tab is shown (load its data lazily). */
  onFirstShow?: () => void;
  /** Runs every time the tab becomes the selected one, after onFirstShow. */
  onShow?: () => void;
}

export interface Tabs {
  el: HTMLElement;
  /** Selects a tab by id; `focus` moves keyboard focus to its tab button. */
  select(id: string, focus?: boolean): void;
  readonly selectedId: string;
}

/**
 * KRDS tab markup with the ARIA tabs pattern (role on the button, arrow keys move).
 * `initial` names the tab shown first (default the first). `onSelect` hears selections made
 * by the user (click or arrow keys), not by `select()`.
 */
export function tabs(defs: TabDef[], options: { label: string; initial?: string; onSelect?: (id: string) => void }): Tabs {
  const shown = new Set<string>();
  let selectedId = defs[0]?.id ?? '';
  const items = defs.map((def) => {
    const button = h(
      'button',
      {
        type: 'button',
        class: 'btn-tab',
        role: 'tab',
        id: `tab-${def.id}`,
        'aria-controls': `panel-${def.id}`,
        'data-testid': `tab-${def.id}`,
      },
      def.label,
    );
    const li = h('li', { role: 'presentation' }, button);
    def.panel.id = `panel-${def.id}`;
    def.panel.setAttribute('role', 'tabpanel');
    def.panel.setAttribute('aria-labelledby', button.id);
    def.panel.classList.add('tab-conts');
    return { def, button, li };
  });

  const selectIndex = (index: number, focus: boolean) => {
    const chosen = items[index];
    if (!chosen) return;
    items.forEach((item, i) => {
      const active = i === index;
      item.li.classList.toggle('active', active);
      item.button.setAttribute('aria-selected', String(active));
      item.button.tabIndex = active ? 0 : -1;
      item.def.panel.classList.toggle('active', active);
      item.def.panel.hidden = !active;
    });
    selectedId = chosen.def.id;
    if (focus) chosen.button.focus();
    if (!shown.has(chosen.def.id)) {
      shown.add(chosen.def.id);
      chosen.def.onFirstShow?.();
    }
    chosen.def.onShow?.();
  };

  items.forEach((item, i) => {
    const byUser = (target: number, focus: boolean) => {
      const changed = items[target]?.def.id !== selectedId;
      selectIndex(target, focus);
      if (changed) options.onSelect?.(selectedId);
    };
    item.button.addEventListener('click', () => byUser(i, false));
    item.button.addEventListener('keydown', (event) => {
      const last = items.length - 1;
      const target =
        event.key === 'ArrowRight'
          ? i === last
            ? 0
            : i + 1
          : event.key === 'ArrowLeft'
            ? i === 0
              ? last
              : i - 1
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? last
                : null;
      if (target === null) return;
      event.preventDefault();
      byUser(target, true);
    });
  });

  const el = h(
    'div',
    { class: 'krds-tab-area' },
    h(
      'div',
      { class: 'tab line full' },
      h(
        'ul',
        { role: 'tablist', 'aria-label': options.label },
        items.map((i) => i.li),
      ),
    ),
    h(
      'div',
      { class: 'tab-conts-wrap' },
      items.map((i) => i.def.panel),
    ),
  );
  selectIndex(Math.max(0, items.findIndex((item) => item.def.id === options.initial)), false);
  return {
    el,
    select(id, focus = false) {
      const index = items.findIndex((item) => item.def.id === id);
      if (index >= 0) selectIndex(index, focus);
    },
    get selectedId() {
      return selectedId;
    },
  };
}
