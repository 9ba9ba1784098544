import { approvalState, withdrawApproval, type ApprovalView } from '../../shared/approvals';
import type { Me } from '../../shared/auth';
import { h } from '../../shared/dom';
import { field } from '../../shared/forms';
import { formatCount } from '../../shared/format';
import { confirmDialog } from '../../shared/modal';
import { maxCommentLength } from './limits';
import { commentErrors, type Perform } from './perform';

/** 회수: the drafter takes the document back while its line runs (waiting for a decision or returned). */
export function withdrawForm(me: Me, view: ApprovalView, perform: Perform): HTMLElement {
  const comment = h('textarea', { id: 'withdraw-comment', class: 'krds-input', rows: 3, maxlength: maxCommentLength });
  const commentField = field({
    label: '회수 사유 (선택)',
    control: comment,
    hint: `적으면 결재 이력에 남습니다. ${formatCount(maxCommentLength)}자 이내.`,
  });
  const button = h('button', { type: 'button', id: 'withdraw-submit', class: 'krds-btn secondary large' }, '회수');

  button.addEventListener('click', () => void withdraw());

  async function withdraw(): Promise<void> {
    commentField.setError(null);
    const text = comment.value.trim();
    if (text.length > maxCommentLength) {
      commentField.setError(`회수 사유는 ${formatCount(maxCommentLength)}자 이내로 입력해 주세요.`);
      comment.focus();
      return;
    }
    const ok = await confirmDialog({
      title: '회수 확인',
      message: `'${view.document.title}' 문서를 회수합니다. 결재가 종료되어 결재자의 결재 대기함에서 빠지며, 되돌릴 수 없습니다. 계속할까요?`,
      confirmLabel: '회수',
    });
    if (!ok) return;
    const request = { comment: text || null };
    await perform({
      view,
      what: JSON.stringify(['withdraw', view.instanceId, request]),
      region: section,
      busyLabel: '회수하는 중',
      controls: [button],
      send: (key) => withdrawApproval(me.tenantId, view.instanceId, request, key),
      done: (after) =>
        after.result?.outcome === 'Withdrawn'
          ? '문서를 회수했습니다. 결재가 종료되었습니다.'
          : `처리했습니다. 지금 상태: ${approvalState(after).label}.`,
      retryNote: '다시 회수해도 한 번만 처리됩니다.',
      fieldErrors: commentErrors(commentField, comment),
    });
  }

  const section = h(
    'section',
    { class: 'lofin-decision', 'aria-labelledby': 'withdraw-title', 'data-testid': 'withdraw-form' },
    h('h3', { id: 'withdraw-title', class: 'lofin-subtitle' }, '문서 회수'),
    h('p', {}, '결재가 끝나기 전에 기안자가 문서를 거두어들입니다. 회수하면 결재가 종료되고 결재자의 결재 대기함에서 빠지며, 되돌릴 수 없습니다.'),
    commentField.group,
    h('div', { class: 'lofin-actions' }, button),
  );
  return section;
}
