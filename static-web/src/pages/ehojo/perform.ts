import { ApiError } from '../../shared/api';
import type { ApprovalView } from '../../shared/approvals';
import { h, replaceChildren } from '../../shared/dom';
import { clearMessages, showError, withBusy } from '../../shared/feedback';
import type { Field } from '../../shared/forms';
import { newUuid } from '../../shared/ids';
import { approvalProblemAlert } from './problems';

/** One confirmed action (결정, 재상신, 회수) on the document shown. */
export interface ActionOptions {
  view: ApprovalView;
  what: string;
  region: HTMLElement;
  busyLabel: string;
  controls: HTMLButtonElement[];
  send: (idempotencyKey: string) => Promise<ApprovalView>;
  done: (after: ApprovalView) => string;
  retryNote: string;
  /** Marks the fields a 400 names; returns the first control to focus. */
  fieldErrors?: (errors: Record<string, string[]>) => HTMLElement | null;
}

export type Perform = (options: ActionOptions) => Promise<void>;

/**
 * The document view's way to send actions. `reopen` shows the document again, focus on its
 * heading, with `message` as status; `keepAlerts` keeps the alert just shown.
 */
export function actionRunner(view: {
  alerts: HTMLElement;
  status: HTMLElement;
  heading: HTMLElement;
  reopen: (instanceId: string, message: string | undefined, keepAlerts: boolean) => Promise<void>;
}): Perform {
  const { alerts, status, heading } = view;
  /**
   * The action (결정, 재상신, 회수) in flight or last failed for a reason worth retrying: confirming
   * the same action with the same content again resends its Idempotency-Key, so it applies once.
   */
  let lastAttempt: { what: string; key: string } | null = null;

  /**
   * Sends one confirmed action and shows the document as it now stands, focus on its heading.
   * `what` names the action and its content: confirming the same again after a failure worth
   * retrying resends the same Idempotency-Key. A 403 or 409 shows the server's Korean reason as is.
   */
  return async function perform(options: ActionOptions): Promise<void> {
    const key = lastAttempt?.what === options.what ? lastAttempt.key : newUuid();
    lastAttempt = { what: options.what, key };
    clearMessages(alerts, status);
    options.controls.forEach((b) => (b.disabled = true));
    try {
      const after = await withBusy(options.region, options.busyLabel, () => options.send(key));
      lastAttempt = null;
      await view.reopen(options.view.instanceId, options.done(after), false);
    } catch (error) {
      options.controls.forEach((b) => (b.disabled = false));
      if (!(error instanceof ApiError) || error.status === 401) {
        showError(alerts, error);
        return;
      }
      const retryable = error.status === 0 || error.status >= 500;
      if (!retryable) lastAttempt = null;
      const alert = approvalProblemAlert(error);
      if (retryable) alert.append(h('p', {}, options.retryNote));
      if (error.status === 409) {
        alert.append(h('p', {}, '최신 상태로 다시 불러왔습니다.'));
        replaceChildren(alerts, alert);
        await view.reopen(options.view.instanceId, undefined, true);
        return;
      }
      replaceChildren(alerts, alert);
      const invalid = error.status === 400 && error.problem.errors && options.fieldErrors ? options.fieldErrors(error.problem.errors) : null;
      (invalid ?? heading).focus();
    }
  };
}

/** `fieldErrors` for a form whose only field the server checks is its comment. */
export function commentErrors(commentField: Field, comment: HTMLElement): NonNullable<ActionOptions['fieldErrors']> {
  return (errors) => {
    const messages = errors.comment;
    if (!messages) return null;
    commentField.setError(messages.join(' '));
    return comment;
  };
}
