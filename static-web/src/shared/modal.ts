import { h, uniqueId } from './dom';

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
}

/**
 * A KRDS modal asking yes/no. The rest of the page is made `inert` while it is open,
 * which keeps keyboard and screen-reader focus inside the dialog; focus returns to
 * whatever opened it.
 */
export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = uniqueId('modal-title');
  const messageId = uniqueId('modal-message');

  return new Promise<boolean>((resolve) => {
    const cancel = h('button', { type: 'button', class: 'krds-btn medium tertiary' }, options.cancelLabel ?? '취소');
    const confirm = h('button', { type: 'button', class: 'krds-btn medium primary' }, options.confirmLabel);
    const close = h(
      'button',
      { type: 'button', class: 'krds-btn medium icon btn-close' },
      h('span', { class: 'sr-only' }, '닫기'),
      h('i', { class: 'svg-icon ico-popup-close', 'aria-hidden': 'true' }),
    );
    const back = h('div', { class: 'modal-back' });
    const modal = h(
      'section',
      { class: 'krds-modal fade', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'aria-describedby': messageId },
      h(
        'div',
        { class: 'modal-dialog modal-sm' },
        h(
          'div',
          { class: 'modal-content' },
          h('div', { class: 'modal-header' }, h('h2', { id: titleId, class: 'modal-title' }, options.title)),
          h('div', { class: 'modal-conts' }, h('div', { class: 'conts-area' }, h('p', { id: messageId }, options.message))),
          h('div', { class: 'modal-btn btn-wrap' }, cancel, confirm),
          close,
        ),
      ),
      back,
    );

    const siblings = Array.from(document.body.children).filter((el): el is HTMLElement => el instanceof HTMLElement);
    const wasInert = siblings.map((el) => el.inert);

    const finish = (answer: boolean) => {
      document.removeEventListener('keydown', onKey, true);
      siblings.forEach((el, i) => (el.inert = wasInert[i] ?? false));
      modal.remove();
      opener?.focus();
      resolve(answer);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish(false);
      }
    };

    cancel.addEventListener('click', () => finish(false));
    close.addEventListener('click', () => finish(false));
    back.addEventListener('click', () => finish(false));
    confirm.addEventListener('click', () => finish(true));
    document.addEventListener('keydown', onKey, true);

    siblings.forEach((el) => (el.inert = true));
    document.body.append(modal);
    // KRDS shows a modal with `shown` (display) then `in` (fade); one frame apart so the fade runs.
    modal.classList.add('shown');
    requestAnimationFrame(() => {
      modal.classList.add('in');
      back.classList.add('in');
      // Focusable only now that `in` has made it visible (see theme.css). The safe choice
      // gets focus first: Enter on a destructive dialog should not destroy.
      cancel.focus();
    });
  });
}
