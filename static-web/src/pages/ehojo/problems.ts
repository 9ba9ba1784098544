import type { ApiError, ProblemDetails } from '../../shared/api';
import { h } from '../../shared/dom';
import { problemAlert } from '../../shared/feedback';

// Problems in Korean. The server writes its refusals in Korean; a detail that is not (a
// proxy's or framework's message) is replaced by a general sentence, the original kept as a footnote.

const fieldNames: Record<string, string> = {
  documentId: '문서 번호',
  title: '제목',
  amountWon: '금액(원)',
  '$.amountWon': '금액(원)',
  line: '결재선',
  decision: '결정',
  comment: '의견',
  round: '상신 차수',
  step: '결재 단계',
};

function koreanFieldName(key: string): string {
  const lineItem = /^line\[(\d+)\]$/.exec(key);
  if (lineItem) return `결재선 ${Number(lineItem[1]) + 1}번째`;
  return fieldNames[key] ?? key;
}

/** More Hangul syllables than Latin letters: the server already wrote it in Korean. */
function mostlyKorean(text: string): boolean {
  const korean = text.match(/[\uAC00-\uD7A3]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return korean > latin;
}

/** The problem's detail as sent when it is Korean, else a general sentence with the original kept for support. */
export function koreanDetail(problem: ProblemDetails): { detail?: string; original?: string } {
  if (!problem.detail) return {};
  if (mostlyKorean(problem.detail)) return { detail: problem.detail };
  return { detail: '요청을 처리할 수 없습니다. 입력한 내용을 확인해 주세요.', original: problem.detail };
}

export function approvalProblemAlert(error: ApiError): HTMLElement {
  const { detail, original } = koreanDetail(error.problem);
  const problem: ProblemDetails = { ...error.problem, detail };
  if (problem.errors) {
    problem.errors = Object.fromEntries(Object.entries(problem.errors).map(([key, messages]) => [koreanFieldName(key), messages]));
  }
  const alert = problemAlert(problem, error.status);
  if (original) alert.append(h('p', { class: 'alert-meta' }, `서버 메시지(원문): ${original}`));
  return alert;
}
