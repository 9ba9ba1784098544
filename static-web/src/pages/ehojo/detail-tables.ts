import {
  approvalRoute,
  escalationLabels,
  runningProgress,
  signatureLabels,
  type ApprovalSignature,
  type ApprovalView,
} from '../../shared/approvals';
import { h, srOnly } from '../../shared/dom';
import { formatCount, timeElement } from '../../shared/format';
import { personLabel, positionName } from '../../shared/officials';
import { tableWrap } from '../../shared/table';
import type { Directory } from './directory';
import { badge } from './ui';

// The 문서 상세 tables: the 결재선 with each step's state, the 결재 이력 of every round and the
// escalations. States are read from the view's signatures, route and escalations, never inferred.

/** The round the line is in (running) or ended in. */
export function currentRound(view: ApprovalView): number {
  const running = runningProgress(view);
  return running?.round ?? view.result?.rounds ?? Math.max(1, ...view.signatures.map((s) => s.round));
}

/** A step's state in the current round, read from its signature, the route and the progress; the words carry it, the colour repeats it. */
function stepState(
  view: ApprovalView,
  round: number,
  step: number,
): { label: string; tone: string; key: string; signature: ApprovalSignature | undefined } {
  const route = approvalRoute(view);
  const progress = runningProgress(view);
  const signature = view.signatures.filter((s) => s.round === round && s.step === step).at(-1);
  if (signature) {
    const delegated = signature.kind === 'ApprovedDelegated' || (signature.kind === 'Approved' && route?.isDelegated && step === route.finalStep);
    const [label, tone, key] = delegated
      ? ['전결', 'bg-light-primary', 'delegated']
      : signature.kind === 'Reviewed' || signature.kind === 'Approved'
        ? ['승인', 'bg-light-success', 'approved']
        : signature.kind === 'Returned'
          ? ['반려', 'bg-light-warning', 'returned']
          : signature.kind === 'Rejected'
            ? ['불승인', 'bg-light-danger', 'rejected']
            : [signatureLabels[signature.kind] ?? signature.kind, 'bg-light-gray', signature.kind.toLowerCase()];
    return signature.actingForUserId
      ? { label: `대결 (${label})`, tone, key: `acting-${key}`, signature }
      : { label, tone, key, signature };
  }
  if (view.escalations.some((e) => e.round === round && e.step === step && e.kind === 'PassedToSuperior')) {
    return { label: '기한 경과 (다음 결재자에게 이관)', tone: 'bg-light-warning', key: 'passed', signature };
  }
  if (route?.skippedSteps.includes(step)) return { label: '생략 (전결)', tone: 'bg-light-gray', key: 'skipped', signature };
  if (progress?.phase === 'AwaitingDecision') {
    if (step === progress.step) {
      return { label: progress.actingForUserId ? '대기 (대결자 차례)' : '대기 (결재 차례)', tone: 'bg-light-information', key: 'current', signature };
    }
    if (step > progress.step) return { label: '예정', tone: 'bg-light-gray', key: 'planned', signature };
  }
  if (progress?.phase === 'ReturnedForRevision') return { label: '미결재 (반려로 중단)', tone: 'bg-light-gray', key: 'stopped', signature };
  const ended: Record<string, string> = { Withdrawn: '미결재 (회수로 종료)', Rejected: '미결재 (불승인으로 종료)' };
  return { label: ended[view.result?.outcome ?? ''] ?? '미결재 (결재 종료)', tone: 'bg-light-gray', key: 'not-reached', signature };
}


export function lineTable(view: ApprovalView, people: Directory, round: number): HTMLElement {
  const route = approvalRoute(view);
  const progress = runningProgress(view);
  const drafterMarks = view.signatures.filter((s) => s.round === round && s.step === null);
  const submitted = drafterMarks.filter((s) => s.kind === 'Drafted' || s.kind === 'Resubmitted').at(-1);
  const withdrawn = drafterMarks.find((s) => s.kind === 'Withdrawn');
  const drafter = people.get(view.drafterUserId);
  const drafterName = drafter?.name ?? submitted?.name ?? view.drafterUserId;
  const drafterPosition = drafter ? positionName(drafter.position) : (submitted?.position ?? '-');

  const rows = view.lineUserIds.map((userId, i) => {
    const person = people.get(userId);
    const { label, tone, key, signature } = stepState(view, round, i);
    const role = !route ? '-' : i < route.finalStep ? '검토' : i === route.finalStep ? (route.isDelegated ? '전결권자' : '결재권자') : '생략 (전결)';
    const current = progress?.phase === 'AwaitingDecision' && i === progress.step;
    return h(
      'tr',
      { 'data-testid': `line-step-${i}`, 'data-user-id': userId, 'data-state': key, class: current ? 'lofin-current' : null },
      h('th', { scope: 'row' }, `${i + 1}`, current ? srOnly(' (현재 단계)') : null),
      h('td', {}, person?.name ?? signature?.name ?? userId),
      h('td', {}, person ? positionName(person.position) : (signature?.position ?? '-')),
      h('td', {}, role),
      h(
        'td',
        {},
        badge(label, tone),
        signature?.actingForUserId
          ? ` ${signature.name}이(가) ${personLabel(people.get(signature.actingForUserId), signature.actingForUserId)} 대신 처리`
          : null,
      ),
      h('td', {}, signature ? timeElement(signature.at) : '-'),
      h('td', { class: 'lofin-comment' }, signature?.comment ?? '-'),
    );
  });

  return tableWrap(
    h(
      'table',
      { class: 'tbl col data', 'data-testid': 'line-table', 'data-round': round },
      h('caption', {}, `결재선${round > 1 ? ` (상신 ${round}차)` : ''}: 기안자와 결재자 ${view.lineUserIds.length}명, 결재 순서대로`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['순서', '이름', '직위', '역할', '상태', '처리 시각', '의견'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        h(
          'tr',
          { 'data-testid': 'line-drafter' },
          h('th', { scope: 'row' }, round > 1 ? '재상신' : '기안'),
          h('td', {}, drafterName),
          h('td', {}, drafterPosition),
          h('td', {}, '기안자'),
          h('td', {}, badge(round > 1 ? `재상신 (${round}차)` : '상신', 'bg-light-success')),
          h('td', {}, timeElement(submitted?.at ?? view.createdAt)),
          h('td', { class: 'lofin-comment' }, submitted?.comment ?? '-'),
        ),
        rows,
        withdrawn
          ? h(
              'tr',
              { 'data-testid': 'line-withdrawn' },
              h('th', { scope: 'row' }, '회수'),
              h('td', {}, withdrawn.name),
              h('td', {}, withdrawn.position),
              h('td', {}, '기안자'),
              h('td', {}, badge('회수', 'bg-light-gray')),
              h('td', {}, timeElement(withdrawn.at)),
              h('td', { class: 'lofin-comment' }, withdrawn.comment ?? '-'),
            )
          : null,
      ),
    ),
    '결재선 표',
  );
}

/** Every mark of every round, one row group per round (상신 n차), in the order they were made. */
export function signatureTable(view: ApprovalView, people: Directory): HTMLElement {
  const signatures = view.signatures;
  const rounds = [...new Set(signatures.map((s) => s.round))].sort((a, b) => a - b);
  const route = approvalRoute(view);
  const lastRound = currentRound(view);
  const role = (s: ApprovalSignature): string => {
    if (s.role === 'Drafter' || s.step === null) return '기안자';
    const at = `${s.step + 1}단계`;
    if (s.role === 'Reviewer') return `검토자 (${at})`;
    const delegated = s.kind === 'ApprovedDelegated' || (s.round === lastRound && route?.isDelegated === true);
    return `${delegated ? '전결권자' : '결재권자'} (${at})`;
  };
  return tableWrap(
    h(
      'table',
      { class: 'tbl col data lofin-rounds', 'data-testid': 'signature-table' },
      h(
        'caption',
        {},
        `결재 이력 ${formatCount(signatures.length)}건${rounds.length > 1 ? `, 상신 ${formatCount(rounds.length)}차에 걸쳐` : ''} (처리 순서)`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['차수', '처리', '처리자', '역할', '처리 시각', '의견'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      rounds.map((round) =>
        h(
          'tbody',
          { 'data-testid': 'signature-round', 'data-round': round },
          signatures
            .filter((s) => s.round === round)
            .map((s) =>
              h(
                'tr',
                { 'data-kind': s.kind },
                h('th', { scope: 'row' }, `상신 ${s.round}차`),
                h('td', {}, signatureLabels[s.kind] ?? s.kind),
                h(
                  'td',
                  {},
                  `${s.name} (${s.position})`,
                  s.actingForUserId ? ` · 대결: ${personLabel(people.get(s.actingForUserId), s.actingForUserId)} 대신` : '',
                ),
                h('td', {}, role(s)),
                h('td', {}, timeElement(s.at)),
                h('td', { class: 'lofin-comment' }, s.comment ?? '-'),
              ),
            ),
        ),
      ),
    ),
    '결재 이력 표',
  );
}

export function escalationList(view: ApprovalView, people: Directory): HTMLElement[] | null {
  if (!view.escalations.length) return null;
  const who = (id: string) => personLabel(people.get(id), id);
  return [
    h('h3', { class: 'lofin-subtitle', id: 'escalation-title' }, '처리 기한 경과'),
    h(
      'ul',
      { class: 'krds-info-list lofin-list', 'aria-labelledby': 'escalation-title', 'data-testid': 'escalation-list' },
      view.escalations.map((e) =>
        h(
          'li',
          {},
          `상신 ${e.round}차 ${e.step + 1}단계: ${escalationLabels[e.kind] ?? e.kind} (`,
          e.kind === 'Reminded' ? `${who(e.toUserId)}에게` : `${who(e.fromUserId)} → ${who(e.toUserId)}`,
          '). 기한 ',
          timeElement(e.missedDueAt),
          ', 처리 ',
          timeElement(e.at),
        ),
      ),
    ),
  ];
}
