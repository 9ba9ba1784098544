import { h } from './dom';

export interface Field {
  group: HTMLElement;
  /** Shows (or with null clears) the field's error, linked to the control for screen readers. */
  setError(message: string | null): void;
}

/** A KRDS form group: label, control, optional hint and an error slot wired with aria-describedby. */
export function field(options: {
  label: string;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  hint?: string;
  grow?: boolean;
}): Field {
  const { control } = options;
  if (!control.id) throw new Error('a labelled control needs an id');
  const hintId = `${control.id}-hint`;
  const errorId = `${control.id}-error`;
  const hint = options.hint ? h('p', { class: 'form-hint', id: hintId }, options.hint) : null;
  const error = h('p', { class: 'form-hint-invalid', id: errorId, hidden: true });
  const conts = h('div', { class: 'form-conts' }, control);
  const describedBy = () => [hint ? hintId : null, error.hidden ? null : errorId].filter(Boolean).join(' ');
  if (hint) control.setAttribute('aria-describedby', hintId);

  const group = h(
    'div',
    { class: `form-group${options.grow ? ' grow' : ''}` },
    h('div', { class: 'form-tit' }, h('label', { for: control.id }, options.label)),
    conts,
    hint,
    error,
  );
  return {
    group,
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
      conts.classList.toggle('is-error', Boolean(message));
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      const ids = describedBy();
      if (ids) control.setAttribute('aria-describedby', ids);
      else control.removeAttribute('aria-describedby');
    },
  };
}
