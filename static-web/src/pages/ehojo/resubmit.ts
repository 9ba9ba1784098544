import { resubmitApproval, type ApprovalView } from '../../shared/approvals';
import type { Me } from '../../shared/auth';
import { h } from '../../shared/dom';
import { field } from '../../shared/forms';
import { formatCount } from '../../shared/format';
import { confirmDialog } from '../../shared/modal';
import { personLabel, type Person } from '../../shared/officials';
import { finalSignerText } from './amount';
import type { Directory } from './directory';
import { documentFields, showProblems } from './document-fields';
import { maxCommentLength } from './limits';
import type { Perform } from './perform';

/** 보완 후 재상신: the drafter revises title and amount (prefilled as last submitted) and sends the line again from its first step. */
export function resubmitForm(me: Me, view: ApprovalView, people: Directory, perform: Perform): HTMLElement {
  const progress = view.progress!;
  const headingId = 'resubmit-heading';

  // Who signs as final along this line for the new amount; without the directory only the rule is shown.
  const linePeople = view.lineUserIds.map((id) => people.get(id));
  const known = linePeople.every((p): p is Person => p !== undefined) ? linePeople : null;
  const preview = h('p', { class: 'form-hint', id: 'resubmit-line-preview', 'aria-live': 'polite' });
  const fields = documentFields({
    ids: { title: 'resubmit-doc-title', amount: 'resubmit-amount', level: 'resubmit-amount-level' },
    amountHint: '원 단위 정수로 입력합니다. 쉼표(,)는 넣어도 됩니다. 금액이 바뀌면 전결권자가 바뀔 수 있습니다.',
    hints: [preview],
    initial: { title: view.document.title, amountWon: view.document.amountWon },
    onAmount: (value) => {
      preview.textContent = known ? finalSignerText(value, known) : '';
    },
  });
  fields.update();

  const comment = h('textarea', { id: 'resubmit-comment', class: 'krds-input', rows: 4, maxlength: maxCommentLength });
  const commentField = field({
    label: '보완 내용',
    control: comment,
    hint: `무엇을 보완했는지 적으면 결재자에게 재상신 의견으로 전달됩니다. 선택 사항, ${formatCount(maxCommentLength)}자 이내.`,
  });

  const submit = h('button', { type: 'submit', id: 'resubmit-submit', class: 'krds-btn primary large' }, '재상신');
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': headingId },
    h('div', { class: 'fieldset' }, fields.groups, commentField.group),
    h('div', { class: 'lofin-actions' }, submit),
  );
  const first = view.lineUserIds[0] ?? '';

  let sending = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    void send();
  });

  async function send(): Promise<void> {
    fields.clearErrors();
    commentField.setError(null);
    const { title: titleText, amount: parsed, problems } = fields.check();
    const commentText = comment.value.trim();
    if (commentText.length > maxCommentLength) {
      problems.push({ focus: comment, set: () => commentField.setError(`보완 내용은 ${formatCount(maxCommentLength)}자 이내로 입력해 주세요.`) });
    }
    if (showProblems(problems)) return;
    const amountWon = parsed.value!;
    fields.amount.value = formatCount(amountWon);
    fields.update();

    const signer = known ? finalSignerText(amountWon, known) : '';
    const ok = await confirmDialog({
      title: '재상신 확인',
      message:
        `'${titleText}' 문서를 보완하여 상신 ${progress.round + 1}차로 다시 상신합니다. ` +
        `결재선의 첫 번째 결재자 ${personLabel(people.get(first), first)}부터 다시 결재합니다. ${signer ? `${signer} ` : ''}계속할까요?`,
      confirmLabel: '재상신',
    });
    if (!ok) return;

    const request = { title: titleText, amountWon, comment: commentText || null };
    sending = true;
    try {
      await perform({
        view,
        what: JSON.stringify(['resubmit', view.instanceId, progress.round, request]),
        region: form,
        busyLabel: '재상신하는 중',
        controls: [submit],
        send: (key) => resubmitApproval(me.tenantId, view.instanceId, request, key),
        done: (after) => {
          const next = after.progress;
          const finalId = after.route ? after.lineUserIds[after.route.finalStep] : undefined;
          return (
            `재상신했습니다 (상신 ${next?.round ?? progress.round + 1}차). ` +
            (next ? `첫 번째 결재자 ${next.assigneeName}님에게 다시 결재를 요청했습니다.` : '') +
            (finalId && after.route ? ` 최종 결재: ${personLabel(people.get(finalId), finalId)} ${after.route.isDelegated ? '전결' : '결재'}.` : '')
          );
        },
        retryNote: '다시 재상신해도 한 번만 처리됩니다.',
        fieldErrors: (errors) => {
          const marked: HTMLElement[] = [];
          for (const [key, messages] of Object.entries(errors)) {
            const text = messages.join(' ');
            const control = fields.markError(key, text);
            if (control) marked.push(control);
            else if (key === 'comment') {
              commentField.setError(text);
              marked.push(comment);
            }
          }
          return [fields.title, fields.amount, comment].find((c) => marked.includes(c)) ?? null;
        },
      });
    } finally {
      sending = false;
    }
  }

  return h(
    'section',
    { class: 'lofin-decision', 'aria-labelledby': headingId, 'data-testid': 'resubmit-form' },
    h('h3', { id: headingId, class: 'lofin-subtitle' }, '보완 후 재상신'),
    h(
      'p',
      {},
      `반려 의견에 따라 문서를 보완한 뒤 다시 상신합니다. 재상신하면 상신 ${progress.round + 1}차로 결재선의 첫 번째 결재자부터 다시 결재합니다. 제목과 금액은 마지막으로 상신한 내용이 채워져 있습니다.`,
    ),
    form,
  );
}
