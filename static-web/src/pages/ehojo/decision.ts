import { decideApproval, decisionLabels, type ApprovalView, type DecisionKind } from '../../shared/approvals';
import type { Me } from '../../shared/auth';
import { h } from '../../shared/dom';
import { field } from '../../shared/forms';
import { formatCount } from '../../shared/format';
import { confirmDialog } from '../../shared/modal';
import { personLabel } from '../../shared/officials';
import type { Directory } from './directory';
import { maxCommentLength } from './limits';
import { commentErrors, type Perform } from './perform';

/** 결재하기: the assignee approves, returns for revision (반려) or rejects (불승인), with a comment; the last two need one. */
export function decisionForm(me: Me, view: ApprovalView, people: Directory, perform: Perform): HTMLElement {
  const progress = view.progress!;
  const isFinal = progress.step === progress.finalStep;
  const nextId = view.lineUserIds[progress.step + 1];
  const comment = h('textarea', { id: 'decision-comment', class: 'krds-input', rows: 4, maxlength: maxCommentLength });
  const commentField = field({
    label: '결재 의견',
    control: comment,
    hint: `승인할 때는 선택 사항입니다. 반려(보완 요구)와 불승인에는 사유를 꼭 적어 주세요. ${formatCount(maxCommentLength)}자 이내.`,
  });
  const approve = h('button', { type: 'button', id: 'decision-approve', class: 'krds-btn primary large' }, '승인');
  const returnButton = h('button', { type: 'button', id: 'decision-return', class: 'krds-btn secondary large' }, '반려(보완 요구)');
  const reject = h('button', { type: 'button', id: 'decision-reject', class: 'krds-btn secondary large' }, '불승인');
  const buttons = [approve, returnButton, reject];

  const consequence: Record<DecisionKind, string> = {
    Approve: isFinal
      ? `마지막 결재 단계입니다. 승인하면 ${view.route?.isDelegated === false ? '최종 결재' : '전결'}로 결재가 끝납니다.`
      : `승인하면 다음 결재자 ${personLabel(people.get(nextId ?? ''), nextId ?? '')}에게 넘어갑니다.`,
    Return: '반려하면 기안자에게 돌아가 보완을 요구합니다.',
    Reject: '불승인하면 결재가 끝나고 문서는 승인되지 않습니다. 되돌릴 수 없습니다.',
  };

  async function decide(kind: DecisionKind): Promise<void> {
    commentField.setError(null);
    const text = comment.value.trim();
    if (kind !== 'Approve' && !text) {
      commentField.setError(`${decisionLabels[kind]}하려면 사유를 결재 의견에 입력해 주세요.`);
      comment.focus();
      return;
    }
    if (text.length > maxCommentLength) {
      commentField.setError(`결재 의견은 ${formatCount(maxCommentLength)}자 이내로 입력해 주세요.`);
      comment.focus();
      return;
    }
    const ok = await confirmDialog({
      title: `${decisionLabels[kind]} 확인`,
      message: `'${view.document.title}' 문서를 ${decisionLabels[kind]}합니다. ${consequence[kind]} 계속할까요?`,
      confirmLabel: decisionLabels[kind],
    });
    if (!ok) return;

    const request = { decision: kind, round: progress.round, step: progress.step, comment: text || null };
    await perform({
      view,
      what: JSON.stringify(['decision', view.instanceId, request]),
      region: form,
      busyLabel: `${decisionLabels[kind]} 처리 중`,
      controls: buttons,
      send: (key) => decideApproval(me.tenantId, view.instanceId, request, key),
      done: (after) => {
        const done = after.result;
        return done?.outcome === 'Approved'
          ? `승인했습니다. 결재가 완료되었습니다${done.delegatedStep !== null ? ' (전결)' : ''}.`
          : done?.outcome === 'Rejected'
            ? '불승인했습니다. 결재가 종료되었습니다.'
            : done?.outcome === 'Withdrawn'
              ? '그사이 기안자가 문서를 회수했습니다.'
              : kind === 'Return'
                ? '반려(보완 요구)했습니다. 기안자에게 돌아갔습니다.'
                : `승인했습니다. 다음 결재자: ${after.progress?.assigneeName ?? '-'}.`;
      },
      retryNote: '같은 결정을 다시 누르면 한 번만 처리됩니다.',
      fieldErrors: commentErrors(commentField, comment),
    });
  }

  approve.addEventListener('click', () => void decide('Approve'));
  returnButton.addEventListener('click', () => void decide('Return'));
  reject.addEventListener('click', () => void decide('Reject'));

  const form = h(
    'section',
    { class: 'lofin-decision', 'aria-labelledby': 'decision-title', 'data-testid': 'decision-form' },
    h('h3', { id: 'decision-title', class: 'lofin-subtitle' }, '결재하기'),
    h('p', {}, `${progress.finalStep + 1}단계 중 ${progress.step + 1}단계, 내 결재 차례입니다. ${consequence.Approve}`),
    commentField.group,
    h('div', { class: 'lofin-actions' }, buttons),
  );
  return form;
}
