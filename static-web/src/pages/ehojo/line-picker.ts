import type { Me } from '../../shared/auth';
import { h, replaceChildren } from '../../shared/dom';
import { clearMessages, showError, withBusy } from '../../shared/feedback';
import { listOfficials, positionName, type Person } from '../../shared/officials';
import { finalIndexFor, finalSignerText } from './amount';
import { maxLineLength } from './limits';
import { badge } from './ui';

/**
 * The 기안 form's 결재선 picker: officials to choose from, the chosen line in signing order
 * (move up or down, remove), each step's role for the amount (`amountValue`) and who signs as final.
 * Changes are announced politely; focus stays where the person can carry on.
 */
export function linePicker(me: Me, amountValue: () => number | null) {
  let officials: Person[] = [];
  let officialsLoaded = false;
  const line: Person[] = [];
  const candidate = h('select', { id: 'line-candidate', class: 'krds-form-select' });
  const add = h('button', { type: 'button', id: 'line-add', class: 'krds-btn secondary medium' }, '결재선에 추가');
  const list = h('ol', { class: 'lofin-line-list', id: 'line-list', 'aria-labelledby': 'line-legend' });
  const empty = h('p', { class: 'lofin-line-empty' }, '아직 지정한 결재자가 없습니다. 위에서 결재자를 골라 추가해 주세요.');
  const preview = h('p', { class: 'form-hint', id: 'line-preview' });
  const lineError = h('p', { class: 'form-hint-invalid', id: 'line-error', hidden: true });
  const announcer = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite', 'data-testid': 'line-announcer' });
  const directoryNote = h('div', { class: 'lofin-alerts' });

  const lineSet = h(
    'fieldset',
    { class: 'form-group lofin-line', 'aria-describedby': 'line-hint line-preview' },
    h('legend', { class: 'form-tit lofin-legend', id: 'line-legend' }, '결재선 (결재 순서대로)'),
    h(
      'p',
      { class: 'form-hint', id: 'line-hint' },
      '첫 번째 결재자부터 차례로 결재합니다. 금액에 따라 전결권자가 정해지고, 전결권자 다음 결재자는 결재하지 않습니다.',
    ),
    directoryNote,
    h(
      'div',
      { class: 'lofin-toolbar' },
      h(
        'div',
        { class: 'form-group grow' },
        h('div', { class: 'form-tit' }, h('label', { for: candidate.id }, '추가할 결재자')),
        h('div', { class: 'form-conts' }, candidate),
      ),
      h('div', { class: 'lofin-toolbar-action' }, add),
    ),
    empty,
    list,
    preview,
    lineError,
    announcer,
  );

  function renderCandidates(): void {
    const chosen = new Set(line.map((p) => p.id));
    const available = officials.filter((p) => !chosen.has(p.id) && p.id !== me.userId);
    replaceChildren(
      candidate,
      available.length
        ? available.map((p) => h('option', { value: p.id }, `${p.name} (${positionName(p.position)})`))
        : h(
            'option',
            { value: '' },
            officialsLoaded ? (officials.length ? '더 추가할 수 있는 결재자가 없습니다' : '결재자 목록이 없습니다') : '결재자 목록을 불러오는 중…',
          ),
    );
    const full = line.length >= maxLineLength;
    candidate.disabled = available.length === 0;
    add.disabled = available.length === 0 || full;
  }

  const finalIndex = () => finalIndexFor(amountValue(), line);

  function renderLine(focus?: { id: string; action: 'up' | 'down' | 'remove' }): void {
    const final = finalIndex();
    empty.hidden = line.length > 0;
    list.hidden = line.length === 0;
    replaceChildren(
      list,
      line.map((person, i) => {
        const role =
          final === null || final < 0
            ? null
            : i < final
              ? badge('검토', 'bg-light-gray')
              : i === final
                ? badge(person.position === 'Head' ? '결재권자' : '전결권자', 'bg-light-primary')
                : badge('생략 (전결)', 'bg-light-gray');
        const up = h(
          'button',
          { type: 'button', class: 'krds-btn small tertiary', 'data-action': 'up', disabled: i === 0, 'aria-label': `위로 이동: ${person.name}` },
          '위로',
        );
        const down = h(
          'button',
          {
            type: 'button',
            class: 'krds-btn small tertiary',
            'data-action': 'down',
            disabled: i === line.length - 1,
            'aria-label': `아래로 이동: ${person.name}`,
          },
          '아래로',
        );
        const remove = h(
          'button',
          { type: 'button', class: 'krds-btn small tertiary', 'data-action': 'remove', 'aria-label': `빼기: ${person.name}` },
          '빼기',
        );
        up.addEventListener('click', () => move(i, -1));
        down.addEventListener('click', () => move(i, 1));
        remove.addEventListener('click', () => removeAt(i));
        return h(
          'li',
          { 'data-user-id': person.id, 'data-testid': 'line-member' },
          h('span', { class: 'lofin-line-no', 'aria-hidden': 'true' }, `${i + 1}`),
          h('span', { class: 'lofin-line-who' }, h('strong', {}, person.name), ` ${positionName(person.position)}`),
          role,
          h('span', { class: 'lofin-line-actions' }, up, down, remove),
        );
      }),
    );

    preview.textContent = finalSignerText(amountValue(), line);

    if (focus) {
      const item = list.querySelector<HTMLElement>(`li[data-user-id="${CSS.escape(focus.id)}"]`);
      const again =
        item?.querySelector<HTMLButtonElement>(`button[data-action="${focus.action}"]:not([disabled])`) ??
        item?.querySelector<HTMLButtonElement>('button:not([disabled])');
      again?.focus();
    }
  }

  function setLineError(message: string | null): void {
    lineError.textContent = message ?? '';
    lineError.hidden = !message;
    lineSet.setAttribute('aria-describedby', message ? 'line-hint line-preview line-error' : 'line-hint line-preview');
    if (message) candidate.setAttribute('aria-invalid', 'true');
    else candidate.removeAttribute('aria-invalid');
  }

  function addChosen(): void {
    const person = officials.find((p) => p.id === candidate.value);
    if (!person || line.length >= maxLineLength) return;
    line.push(person);
    setLineError(null);
    renderCandidates();
    renderLine();
    announcer.textContent = `${person.name} ${positionName(person.position)}을(를) 결재선 ${line.length}번째에 추가했습니다.`;
    // Focus stays on the picker for the next one, or goes to the list when nobody is left.
    (candidate.disabled ? list.querySelector<HTMLButtonElement>('li:last-child button:not([disabled])') : candidate)?.focus();
  }
  add.addEventListener('click', addChosen);

  function move(index: number, by: -1 | 1): void {
    const target = index + by;
    const person = line[index];
    if (!person || target < 0 || target >= line.length) return;
    line.splice(index, 1);
    line.splice(target, 0, person);
    renderLine({ id: person.id, action: by < 0 ? 'up' : 'down' });
    announcer.textContent = `${person.name}을(를) ${target + 1}번째로 옮겼습니다.`;
  }

  function removeAt(index: number): void {
    const [person] = line.splice(index, 1);
    if (!person) return;
    renderCandidates();
    const next = line[index] ?? line[index - 1];
    renderLine(next ? { id: next.id, action: 'remove' } : undefined);
    if (!next) candidate.focus();
    announcer.textContent = `${person.name}을(를) 결재선에서 뺐습니다. 남은 결재자 ${line.length}명.`;
  }

  /**
   * Loads the officials to choose from. On failure shows why with a button that runs `retry`
   * (the caller's own start, which calls this again) and resolves false.
   */
  async function load(retry: () => Promise<void>): Promise<boolean> {
    let loaded = true;
    renderCandidates();
    clearMessages(directoryNote);
    try {
      officials = await withBusy(lineSet, '결재자 목록을 불러오는 중', () => listOfficials(me));
      officialsLoaded = true;
      if (officials.length === 0) {
        replaceChildren(
          directoryNote,
          h(
            'div',
            { class: 'lofin-alert information' },
            h('p', { class: 'alert-title' }, '결재자를 고를 수 없습니다'),
            h('p', {}, '직원 목록(결재권자)을 제공하는 기능이 아직 없어, 시연(로컬) 모드에서만 결재선을 지정할 수 있습니다.'),
          ),
        );
      }
    } catch (error) {
      loaded = false;
      showError(directoryNote, error);
      const again = h('button', { type: 'button', class: 'krds-btn secondary small' }, '결재자 목록 다시 불러오기');
      again.addEventListener('click', () => void retry().then(() => candidate.focus()));
      directoryNote.append(h('div', { class: 'lofin-actions' }, again));
    }
    renderCandidates();
    return loaded;
  }

  return {
    el: lineSet,
    /** The chosen people in signing order. */
    members: line as readonly Person[],
    /** The control to focus when the line is in error. */
    control: candidate,
    setError: setLineError,
    /** Draws the line again: each step's role and the preview depend on the amount. */
    render: () => renderLine(),
    load,
    /** Empties the line and clears its error, for the next draft. */
    clear(): void {
      line.splice(0, line.length);
      setLineError(null);
      renderCandidates();
    },
  };
}
