import { api, query, seg } from './api';
import { newUuid } from './ids';
import type { Page } from './paging';

/** 결재선 (approval line) API: `/api/tenants/{tenantId}/approvals`. Shapes follow ApprovalView. */

export type ApprovalPhase = 'AwaitingDecision' | 'ReturnedForRevision';
export type ApprovalOutcome = 'Approved' | 'Rejected' | 'Withdrawn';
export type ApprovalRole = 'Drafter' | 'Reviewer' | 'FinalApprover';
export type SignatureKind =
  | 'Drafted'
  | 'Resubmitted'
  | 'Reviewed'
  | 'Approved'
  | 'ApprovedDelegated'
  | 'Rejected'
  | 'Returned'
  | 'Withdrawn';
export type DecisionKind = 'Approve' | 'Reject' | 'Return';

export interface ApprovalDocument {
  kind: string;
  id: string;
  title: string;
  amountWon: number;
}

/** Where a running line is: whose turn (0-based step), until when. */
export interface ApprovalProgress {
  phase: ApprovalPhase;
  round: number;
  step: number;
  finalStep: number;
  assigneeUserId: string;
  assigneeName: string;
  actingForUserId: string | null;
  dueAt: string | null;
  documentKind: string;
  documentId: string;
  amountWon: number;
}

export interface ApprovalSignature {
  round: number;
  step: number | null;
  userId: string;
  name: string;
  position: string;
  role: ApprovalRole;
  kind: SignatureKind;
  at: string;
  comment: string | null;
  actingForUserId: string | null;
}

export interface ApprovalEscalation {
  round: number;
  step: number;
  kind: 'DeputyTookOver' | 'PassedToSuperior' | 'Reminded';
  fromUserId: string;
  toUserId: string;
  missedDueAt: string;
  at: string;
}

/** The workflow's ApprovalRank, lowest first. */
export type ApprovalRank = 'Staff' | 'TeamLead' | 'DivisionHead' | 'BureauDirector' | 'DeputyHead' | 'Head';

/** How the line runs for the document's amount: who signs as final (전결 or 결재) and which steps are skipped. */
export interface ApprovalRoute {
  finalStep: number;
  requiredRank: ApprovalRank | string;
  isDelegated: boolean;
  skippedSteps: number[];
}

/** How a finished line ended. */
export interface ApprovalResult {
  outcome: ApprovalOutcome;
  document: ApprovalDocument;
  signatures: ApprovalSignature[];
  escalations: ApprovalEscalation[];
  route: ApprovalRoute;
  delegatedStep: number | null;
  rounds: number;
}

export interface ApprovalView {
  instanceId: string;
  status: string;
  /** The document as last submitted (a 재상신 may change title and amount). */
  document: ApprovalDocument;
  drafterUserId: string;
  lineUserIds: string[];
  progress: ApprovalProgress | null;
  /** The route for the current round; null only before the line has started. */
  route: ApprovalRoute | null;
  /** Every mark so far, all rounds, in order; `step` is null for the drafter's own (상신, 재상신, 회수). */
  signatures: ApprovalSignature[];
  escalations: ApprovalEscalation[];
  result: ApprovalResult | null;
  createdAt: string;
  lastUpdatedAt: string;
}

export interface DraftRequest {
  /** Made by the client once per draft and resent on retry, so a retry never starts a second line. */
  documentId: string;
  title: string;
  amountWon: number;
  line: string[];
}

export interface DecisionRequest {
  decision: DecisionKind;
  round: number;
  step: number;
  comment: string | null;
}

export interface ResubmitRequest {
  title: string;
  amountWon: number;
  comment: string | null;
}

export interface WithdrawRequest {
  comment: string | null;
}

function base(tenantId: string): string {
  return `/api/tenants/${seg(tenantId)}/approvals`;
}

export function approvalInbox(tenantId: string, pageSize: number, continuationToken: string | null): Promise<Page<ApprovalView>> {
  return api<Page<ApprovalView>>(`${base(tenantId)}/inbox${query({ pageSize, continuationToken })}`);
}

export function getApproval(tenantId: string, instanceId: string): Promise<ApprovalView> {
  return api<ApprovalView>(`${base(tenantId)}/${seg(instanceId)}`);
}

export function startApproval(tenantId: string, draft: DraftRequest): Promise<ApprovalView> {
  return api<ApprovalView>(base(tenantId), { method: 'POST', body: draft });
}

/** `idempotencyKey`: made once per decision the user confirms and reused if that request is retried. */
export function decideApproval(
  tenantId: string,
  instanceId: string,
  decision: DecisionRequest,
  idempotencyKey: string = newUuid(),
): Promise<ApprovalView> {
  return api<ApprovalView>(`${base(tenantId)}/${seg(instanceId)}/decisions`, {
    method: 'POST',
    body: decision,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** 재상신 by the drafter after a 반려. `idempotencyKey`: made once per confirmed resubmission, reused on retry. */
export function resubmitApproval(
  tenantId: string,
  instanceId: string,
  request: ResubmitRequest,
  idempotencyKey: string = newUuid(),
): Promise<ApprovalView> {
  return api<ApprovalView>(`${base(tenantId)}/${seg(instanceId)}/resubmit`, {
    method: 'POST',
    body: request,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** 회수 by the drafter while the line runs. `idempotencyKey`: made once per confirmed withdrawal, reused on retry. */
export function withdrawApproval(
  tenantId: string,
  instanceId: string,
  request: WithdrawRequest,
  idempotencyKey: string = newUuid(),
): Promise<ApprovalView> {
  return api<ApprovalView>(`${base(tenantId)}/${seg(instanceId)}/withdraw`, {
    method: 'POST',
    body: request,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/**
 * The standard 전결 table (사무전결처리규칙) the server uses today (DelegationRuleBook.StandardRules):
 * the first rule whose ceiling the amount does not exceed names the lowest position that
 * may sign as final approver. Shown to the drafter as a hint only; the server decides.
 */
export const standardDelegation: readonly { maxAmountWon: number | null; position: string; limitLabel: string }[] = [
  { maxAmountWon: 10_000_000, position: 'DivisionHead', limitLabel: '1천만원 이하' },
  { maxAmountWon: 100_000_000, position: 'BureauDirector', limitLabel: '1억원 이하' },
  { maxAmountWon: 300_000_000, position: 'DeputyHead', limitLabel: '3억원 이하' },
  { maxAmountWon: null, position: 'Head', limitLabel: '3억원 초과' },
];

export function delegationFor(amountWon: number): (typeof standardDelegation)[number] {
  return standardDelegation.find((r) => r.maxAmountWon === null || amountWon <= r.maxAmountWon) ?? standardDelegation[standardDelegation.length - 1]!;
}

export const decisionLabels: Record<DecisionKind, string> = {
  Approve: '승인',
  Return: '반려(보완 요구)',
  Reject: '불승인',
};

export const signatureLabels: Record<SignatureKind, string> = {
  Drafted: '기안(상신)',
  Resubmitted: '재상신',
  Reviewed: '승인(검토)',
  Approved: '승인(결재)',
  ApprovedDelegated: '전결',
  Rejected: '불승인',
  Returned: '반려',
  Withdrawn: '회수',
};

export const escalationLabels: Record<ApprovalEscalation['kind'], string> = {
  DeputyTookOver: '기한 경과 → 대결자에게 넘어감(대결)',
  PassedToSuperior: '기한 경과 → 다음 결재자에게 이관',
  Reminded: '기한 경과 → 독촉',
};

export const rankNames: Record<string, string> = {
  Staff: '주무관',
  TeamLead: '팀장',
  DivisionHead: '과장',
  BureauDirector: '국장',
  DeputyHead: '부단체장',
  Head: '단체장',
};

/** Where the line is while it runs; null once it has ended. */
export function runningProgress(view: ApprovalView): ApprovalProgress | null {
  return view.status === 'Running' ? view.progress : null;
}

/** The route of the round running now, or of the last round once the line has ended. */
export function approvalRoute(view: ApprovalView): ApprovalRoute | null {
  return view.route ?? view.result?.route ?? null;
}

/** The document's overall state in words, with a KRDS badge colour; the words carry the meaning, not the colour. */
export function approvalState(view: ApprovalView): { label: string; badge: string; key: string } {
  if (view.status === 'Running' && view.progress) {
    return view.progress.phase === 'ReturnedForRevision'
      ? { label: '반려 (보완 요구)', badge: 'bg-light-warning', key: 'returned' }
      : { label: '결재 진행 중', badge: 'bg-light-information', key: 'running' };
  }
  if (view.status === 'Completed' && view.result) {
    switch (view.result.outcome) {
      case 'Approved':
        return { label: '결재 완료', badge: 'bg-light-success', key: 'approved' };
      case 'Rejected':
        return { label: '불승인', badge: 'bg-light-danger', key: 'rejected' };
      case 'Withdrawn':
        return { label: '회수', badge: 'bg-light-gray', key: 'withdrawn' };
    }
  }
  const other: Record<string, string> = {
    Pending: '상신 처리 중',
    Running: '결재 진행 중',
    Suspended: '일시 중지',
    Terminated: '종료됨',
    Failed: '처리 오류',
    Completed: '완료',
  };
  return { label: other[view.status] ?? view.status, badge: 'bg-light-gray', key: view.status.toLowerCase() };
}
