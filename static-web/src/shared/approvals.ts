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

export interface ApprovalRoute {
  finalStep: number;
  requiredRank: string;
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
  document: ApprovalDocument;
  drafterUserId: string;
  lineUserIds: string[];
  progress: ApprovalProgress | null;
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
  Drafted: '기안',
  Resubmitted: '재기안',
  Reviewed: '승인(검토)',
  Approved: '승인(결재)',
  ApprovedDelegated: '전결',
  Rejected: '불승인',
  Returned: '반려',
  Withdrawn: '회수',
};

export const escalationLabels: Record<ApprovalEscalation['kind'], string> = {
  DeputyTookOver: '기한 경과로 대결자에게 넘어감',
  PassedToSuperior: '기한 경과로 상급자에게 넘어감',
  Reminded: '기한 경과 재알림',
};

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
