import { delegationFor } from '../../shared/approvals';
import { formatWon, formatWonInUnits } from '../../shared/format';
import { positionName, positionRank, type Person } from '../../shared/officials';

// Amounts and the 전결 hint, shared by the 기안 form and the 재상신 form.

/** Won typed by a person: digits with optional commas, spaces and a trailing 원. */
export function parseWon(text: string): { value: number | null; error: string | null } {
  const raw = text.replace(/[\s,]/g, '').replace(/원$/, '');
  if (!raw) return { value: null, error: '금액을 입력해 주세요.' };
  if (!/^\d+$/.test(raw)) return { value: null, error: '금액은 숫자로만 입력해 주세요. 원 단위 정수이며 소수점이나 음수는 쓸 수 없습니다.' };
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) return { value: null, error: '금액이 너무 큽니다.' };
  return { value, error: null };
}

/** "5,000,000원 (500만원): 과장 전결 (1천만원 이하, 표준 전결 기준)". */
export function amountLevelText(value: number | null): string {
  if (value === null) return '금액을 입력하면 전결 기준(누가 최종 결재하는지)을 보여 드립니다.';
  const rule = delegationFor(value);
  const who = rule.position === 'Head' ? '단체장 결재' : `${positionName(rule.position)} 전결`;
  return `${formatWon(value)} (${formatWonInUnits(value)}): ${who} (${rule.limitLabel}, 표준 전결 기준)`;
}

/** Which step signs as final for the amount: the first at or above the required rank (-1: nobody may). */
export function finalIndexFor(value: number | null, line: readonly Person[]): number | null {
  if (value === null) return null;
  const required = positionRank(delegationFor(value).position);
  return line.findIndex((p) => positionRank(p.position) >= required);
}

/** Who will sign as final along `line` for the amount, and who is skipped; empty for an empty line. */
export function finalSignerText(value: number | null, line: readonly Person[]): string {
  if (line.length === 0) return '';
  if (value === null) return '금액을 입력하면 누가 최종 결재(전결)하는지 표시합니다.';
  const final = finalIndexFor(value, line);
  const needed = positionName(delegationFor(value).position);
  if (final === null || final < 0) {
    return `주의: ${formatWon(value)}은(는) ${needed} 이상이 최종 결재해야 하는데 결재선에 ${needed} 이상이 없습니다. 이대로는 상신할 수 없습니다.`;
  }
  const signer = line[final]!;
  const skipped = line.slice(final + 1).map((p) => p.name);
  return (
    `${signer.name}(${positionName(signer.position)})이(가) ${signer.position === 'Head' ? '최종 결재' : '전결'}합니다.` +
    (skipped.length ? ` ${skipped.join(', ')}은(는) 결재하지 않습니다(생략).` : '')
  );
}

/** Runs `update` once typing in `input` pauses (the hints are polite live regions: not on every key) and on change. */
export function onAmountPause(input: HTMLInputElement, update: () => void): void {
  let timer = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 400);
  });
  input.addEventListener('change', () => {
    window.clearTimeout(timer);
    update();
  });
}
