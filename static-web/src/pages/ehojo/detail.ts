import { approvalRoute, approvalState, getApproval, rankNames, runningProgress, type ApprovalView } from '../../shared/approvals';
import type { Me } from '../../shared/auth';
import { h, replaceChildren } from '../../shared/dom';
import { clearMessages, showError, showStatus, withBusy } from '../../shared/feedback';
import { formatWon, formatWonInUnits, timeElement } from '../../shared/format';
import { personLabel } from '../../shared/officials';
import { decisionForm } from './decision';
import { currentRound, escalationList, lineTable, signatureTable } from './detail-tables';
import type { Directory } from './directory';
import { actionRunner } from './perform';
import { resubmitForm } from './resubmit';
import { badge } from './ui';
import { withdrawForm } from './withdraw';

/** An information note above or instead of the actions. */
function note(content: (Node | string)[] | string, testId: string): HTMLElement {
  const paragraphs = typeof content === 'string' ? [h('p', {}, content)] : content;
  return h('div', { class: 'lofin-alert information lofin-note', 'data-testid': testId }, paragraphs);
}

/** 문서 상세: the document, its 결재선 and 결재 이력, and what I may do with it now; `back` returns to the inbox. */
export function detailView(me: Me, directory: Promise<Directory>, back: () => void) {
  const heading = h('h2', { id: 'detail-title', class: 'section-title', tabindex: -1 }, '문서 상세');
  const status = h('div', { class: 'lofin-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'detail-status' });
  const alerts = h('div', { class: 'lofin-alerts', 'data-testid': 'detail-alerts' });
  const body = h('div', { 'data-testid': 'approval-detail-body' });
  const backButton = h('button', { type: 'button', class: 'krds-btn secondary medium', 'data-testid': 'detail-back' }, '결재 대기함으로 돌아가기');
  const refresh = h('button', { type: 'button', class: 'krds-btn tertiary medium' }, '새로 고침');
  backButton.addEventListener('click', back);

  const root = h(
    'section',
    { class: 'lofin-panel', 'aria-labelledby': heading.id, 'data-testid': 'approval-detail', hidden: true },
    heading,
    status,
    alerts,
    body,
    h('div', { class: 'lofin-actions' }, backButton, refresh),
  );

  let currentId: string | null = null;
  let pendingMessage: string | null = null;
  let controller: AbortController | null = null;
  const perform = actionRunner({
    alerts,
    status,
    heading,
    reopen: (instanceId, message, keepAlerts) => open(instanceId, true, message, keepAlerts),
  });

  refresh.addEventListener('click', () => {
    if (currentId) void open(currentId, false, '최신 상태로 다시 불러왔습니다.');
  });

  async function open(instanceId: string, focus: boolean, message?: string, keepAlerts = false): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    const changed = currentId !== instanceId;
    currentId = instanceId;
    root.dataset.instanceId = instanceId;
    const note = message ?? pendingMessage;
    pendingMessage = null;
    if (!keepAlerts) clearMessages(alerts);
    clearMessages(status);
    if (changed) {
      heading.textContent = '문서 상세';
      body.replaceChildren();
    }
    root.dataset.state = 'loading';
    try {
      const [view, people] = await withBusy(body, '결재 문서를 불러오는 중', () =>
        Promise.all([getApproval(me.tenantId, instanceId), directory]),
      );
      if (current.signal.aborted) return;
      heading.textContent = `문서 상세: ${view.document.title}`;
      replaceChildren(body, detailBody(view, people));
      root.dataset.state = 'loaded';
      if (note) showStatus(status, note);
      if (focus) heading.focus();
    } catch (error) {
      if (current.signal.aborted) return;
      root.dataset.state = 'error';
      body.replaceChildren();
      showError(alerts, error);
      if (focus) heading.focus();
    }
  }

  function close(): void {
    controller?.abort();
    root.hidden = true;
    currentId = null;
  }

  function detailBody(view: ApprovalView, people: Directory): HTMLElement {
    const state = approvalState(view);
    const progress = runningProgress(view);
    const route = approvalRoute(view);
    const drafter = people.get(view.drafterUserId);
    const round = currentRound(view);
    const delegatedSigner =
      view.result?.outcome === 'Approved' && route?.isDelegated
        ? view.signatures.find((s) => s.round === round && s.step === route.finalStep && s.kind === 'ApprovedDelegated')
        : undefined;
    const finalId = route ? view.lineUserIds[route.finalStep] : undefined;
    const finalPerson = finalId ? people.get(finalId) : undefined;

    const summary = h(
      'dl',
      { class: 'lofin-dl' },
      h('dt', {}, '상태'),
      h(
        'dd',
        { class: 'lofin-badges' },
        badge(state.label, state.badge, { 'data-testid': 'approval-status', 'data-state': state.key }),
        delegatedSigner
          ? badge(`전결: ${delegatedSigner.name} ${delegatedSigner.position}`, 'bg-light-primary', { 'data-testid': 'approval-delegated' })
          : null,
      ),
      h('dt', {}, '문서 번호'),
      h('dd', { class: 'lofin-code' }, view.document.id),
      h('dt', {}, '금액'),
      h('dd', { 'data-testid': 'approval-amount' }, `${formatWon(view.document.amountWon)} (${formatWonInUnits(view.document.amountWon)})`),
      route && finalId
        ? [
            h('dt', {}, '최종 결재권자'),
            h(
              'dd',
              { 'data-testid': 'approval-final' },
              `${personLabel(finalPerson, finalId)} ${route.isDelegated ? '전결' : '결재'} (이 금액은 ${rankNames[route.requiredRank] ?? route.requiredRank} 이상이 최종 결재)`,
            ),
          ]
        : null,
      h('dt', {}, '기안자'),
      h('dd', {}, personLabel(drafter, view.drafterUserId)),
      h('dt', {}, '기안 시각'),
      h('dd', {}, timeElement(view.createdAt)),
      progress
        ? [
            h('dt', {}, progress.phase === 'ReturnedForRevision' ? '보완할 사람' : '현재 결재자'),
            h(
              'dd',
              { 'data-testid': 'approval-assignee' },
              `${progress.assigneeName}${progress.actingForUserId ? ` (대결: ${personLabel(people.get(progress.actingForUserId), progress.actingForUserId)} 대신)` : ''}`,
              progress.phase === 'AwaitingDecision' ? ` · ${progress.step + 1}/${progress.finalStep + 1}단계` : ' · 보완 후 재상신 또는 회수',
            ),
            ...(progress.dueAt ? [h('dt', {}, '처리 기한'), h('dd', {}, timeElement(progress.dueAt))] : []),
          ]
        : null,
      round > 1 ? [h('dt', {}, '상신 차수'), h('dd', { 'data-testid': 'approval-round' }, `상신 ${round}차 (반려 후 재상신)`)] : null,
      !progress ? [h('dt', {}, '최종 처리 시각'), h('dd', {}, timeElement(view.lastUpdatedAt))] : null,
    );

    return h(
      'div',
      {},
      summary,
      h('h3', { class: 'lofin-subtitle', id: 'line-table-title' }, round > 1 ? `결재선 (상신 ${round}차)` : '결재선'),
      lineTable(view, people, round),
      h('h3', { class: 'lofin-subtitle', id: 'signature-table-title' }, '결재 이력'),
      view.signatures.length ? signatureTable(view, people) : h('p', {}, '아직 결재 이력이 없습니다.'),
      escalationList(view, people),
      actions(view, people),
    );
  }

  /** What I may do with the document now: 결재 when it is my turn; as its drafter 회수, and 재상신 once it is returned. */
  function actions(view: ApprovalView, people: Directory): HTMLElement[] | HTMLElement | null {
    const progress = runningProgress(view);
    if (!progress) return null;
    const isDrafter = me.userId === view.drafterUserId;
    const returned = progress.phase === 'ReturnedForRevision';
    if (isDrafter) {
      if (!returned) {
        return [
          note(
            '본인이 기안한 문서는 결재할 수 없습니다. 결재선의 결재자가 처리하면 이 화면에서 진행 상황을 볼 수 있습니다. 결재가 끝나기 전에는 아래에서 문서를 회수할 수 있습니다.',
            'own-document-note',
          ),
          withdrawForm(me, view, perform),
        ];
      }
      const reason = view.signatures.filter((s) => s.round === progress.round && s.kind === 'Returned').at(-1);
      return [
        note(
          [
            h('p', {}, '반려되어 보완이 필요합니다. 반려 의견을 확인하고 문서를 보완해 재상신하거나, 더 진행하지 않으려면 회수해 주세요.'),
            reason ? h('p', {}, `반려 의견 (${reason.name} ${reason.position}): ${reason.comment ?? '-'}`) : '',
          ],
          'returned-note',
        ),
        resubmitForm(me, view, people, perform),
        withdrawForm(me, view, perform),
      ];
    }
    if (returned) {
      return note(`기안자 ${personLabel(people.get(view.drafterUserId), view.drafterUserId)}에게 반려되어 보완을 기다리고 있습니다.`, 'returned-note');
    }
    if (progress.assigneeUserId !== me.userId) return note(`지금은 ${progress.assigneeName}님의 결재 차례입니다.`, 'not-your-turn-note');
    return decisionForm(me, view, people, perform);
  }

  return {
    root,
    open,
    close,
    setPendingMessage(message: string) {
      pendingMessage = message;
    },
  };
}
