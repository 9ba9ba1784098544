import { h } from '../../shared/dom';
import { field } from '../../shared/forms';
import { formatCount } from '../../shared/format';
import { amountLevelText, onAmountPause, parseWon } from './amount';
import { maxTitleLength } from './limits';
import { describedAlso } from './ui';

/** A field found wrong before sending: how to show it, and the control to focus. */
export interface FieldProblem {
  focus: HTMLElement;
  set: () => void;
}

/** Shows every problem and focuses the first one's control; false when there are none. */
export function showProblems(problems: FieldProblem[]): boolean {
  if (!problems.length) return false;
  problems.forEach((p) => p.set());
  problems[0]!.focus.focus();
  return true;
}

/**
 * The document's 제목 and 금액(원) fields, shared by the 기안 form and the 재상신 form. The amount
 * carries a live 전결 hint (and any further `hints`), refreshed by `update()` and once typing pauses.
 */
export function documentFields(options: {
  ids: { title: string; amount: string; level: string };
  amountHint: string;
  /** More live hints under the amount, kept in its aria-describedby. */
  hints?: HTMLElement[];
  /** What was last submitted, to prefill. */
  initial?: { title: string; amountWon: number };
  /** Called with the amount (null while it is not valid) whenever the hint is refreshed. */
  onAmount?: (value: number | null) => void;
}) {
  const hints = options.hints ?? [];
  const title = h('input', {
    type: 'text',
    id: options.ids.title,
    class: 'krds-input',
    autocomplete: 'off',
    maxlength: maxTitleLength,
    required: true,
    value: options.initial?.title,
  });
  const titleField = field({ label: '제목', control: title, hint: `${formatCount(maxTitleLength)}자 이내` });

  const amount = h('input', {
    type: 'text',
    id: options.ids.amount,
    class: 'krds-input',
    inputmode: 'numeric',
    autocomplete: 'off',
    required: true,
    value: options.initial ? formatCount(options.initial.amountWon) : undefined,
  });
  const amountField = field({ label: '금액(원)', control: amount, hint: options.amountHint });
  const level = h('p', { class: 'form-hint lofin-level', id: options.ids.level, 'aria-live': 'polite' });
  amountField.group.append(level, ...hints);
  const setAmountError = describedAlso(amountField, amount, level.id, ...hints.map((hint) => hint.id));

  const amountValue = () => parseWon(amount.value).value;

  function update(): void {
    const value = amountValue();
    level.textContent = amountLevelText(value);
    options.onAmount?.(value);
  }
  onAmountPause(amount, update);

  return {
    title,
    amount,
    groups: [titleField.group, amountField.group],
    update,
    amountValue,
    clearErrors(): void {
      titleField.setError(null);
      setAmountError(null);
    },
    /** The title and amount as typed, with the problems found in them. */
    check(): { title: string; amount: ReturnType<typeof parseWon>; problems: FieldProblem[] } {
      const titleText = title.value.trim();
      const parsed = parseWon(amount.value);
      const problems: FieldProblem[] = [];
      if (!titleText) problems.push({ focus: title, set: () => titleField.setError('제목을 입력해 주세요.') });
      else if (titleText.length > maxTitleLength) {
        problems.push({ focus: title, set: () => titleField.setError(`제목은 ${formatCount(maxTitleLength)}자 이내로 입력해 주세요.`) });
      }
      if (parsed.error) problems.push({ focus: amount, set: () => setAmountError(parsed.error) });
      return { title: titleText, amount: parsed, problems };
    },
    /** Shows a 400's message when its key names the title or the amount; the control marked, else null. */
    markError(key: string, text: string): HTMLElement | null {
      if (key === 'title') {
        titleField.setError(text);
        return title;
      }
      if (key === 'amountWon' || key === '$.amountWon') {
        setAmountError(text);
        return amount;
      }
      return null;
    },
  };
}
