import { h } from '../../shared/dom';
import type { Field } from '../../shared/forms';

/** A status badge whose words carry the meaning; the colour only repeats it. */
export function badge(label: string, tone: string, attrs: Record<string, string> = {}): HTMLElement {
  return h('span', { class: `krds-badge ${tone}`, ...attrs }, label);
}

/**
 * A field whose control is also described by live hints (`ids`): `field()` rewrites
 * aria-describedby when an error shows, so the hints are added back each time.
 */
export function describedAlso(target: Field, control: HTMLElement, ...ids: string[]): (message: string | null) => void {
  const apply = () => {
    const own = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !ids.includes(id));
    control.setAttribute('aria-describedby', [...own, ...ids].join(' '));
  };
  apply();
  return (message) => {
    target.setError(message);
    apply();
  };
}
