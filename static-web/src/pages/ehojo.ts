import { ApiError, type ProblemDetails } from '../shared/api';
import {
  approvalInbox,
  approvalState,
  decideApproval,
  decisionLabels,
  delegationFor,
  escalationLabels,
  getApproval,
  rankNames,
  resubmitApproval,
  signatureLabels,
  startApproval,
  withdrawApproval,
  type ApprovalSignature,
  type ApprovalView,
  type DecisionKind,
} from '../shared/approvals';
import type { Me } from '../shared/auth';
import { h, replaceChildren, srOnly } from '../shared/dom';
import { clearMessages, problemAlert, showError, showStatus, withBusy } from '../shared/feedback';
import { field, type Field } from '../shared/forms';
import { formatCount, formatWon, formatWonInUnits, timeElement } from '../shared/format';
import { newClientId, newUuid } from '../shared/ids';
import { confirmDialog } from '../shared/modal';
import { listOfficials, listPeople, personLabel, positionName, positionRank, type Person } from '../shared/officials';
import { pagerButtons, TokenPager } from '../shared/paging';
import { startPortalHome, upcomingSection } from '../shared/portal-home';
import { tableWrap } from '../shared/table';
import { tabs } from '../shared/tabs';

/**
 * e호조+ home: 전자결재. Three views addressed by the URL fragment so the back button and
 * links work: `#inbox` (결재 대기함, the default), `#draft` (기안하기) and `#doc/<instanceId>`
 * (문서 상세). Moving between them puts keyboard focus on the new view's heading.
 */

const inboxPageSize = 20;
const maxLineLength = 10;
const maxTitleLength = 200;
const maxCommentLength = 1000;

type Route = { view: 'inbox' } | { view: 'draft' } | { view: 'doc'; id: string };

function parseRoute(hash: string): Route {
  const value = hash.replace(/^#/, '');
  if (value === 'draft') return { view: 'draft' };
  if (value.startsWith('doc/')) {
    let id = '';
    try {
      id = decodeURIComponent(value.slice('doc/'.length));
    } catch (error) {
      if (!(error instanceof URIError)) throw error;
    }
    if (id) return { view: 'doc', id };
  }
  return { view: 'inbox' };
}

function docHash(instanceId: string): string {
  return `#doc/${encodeURIComponent(instanceId)}`;
}

/** Everyone of the government by id, for names; empty when no directory is available. */
type Directory = Map<string, Person>;

async function loadDirectory(me: Me): Promise<Directory> {
  try {
    return new Map((await listPeople(me)).map((p) => [p.id, p]));
  } catch (error) {
    // Names are a nicety here: without them the user ids are shown.
    console.warn('직원 목록을 불러오지 못했습니다', error);
    return new Map();
  }
}

// ---------------------------------------------------------------------------------------
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
function koreanDetail(problem: ProblemDetails): { detail?: string; original?: string } {
  if (!problem.detail) return {};
  if (mostlyKorean(problem.detail)) return { detail: problem.detail };
  return { detail: '요청을 처리할 수 없습니다. 입력한 내용을 확인해 주세요.', original: problem.detail };
}

function approvalProblemAlert(error: ApiError): HTMLElement {
  const { detail, original } = koreanDetail(error.problem);
  const problem: ProblemDetails = { ...error.problem, detail };
  if (problem.errors) {
    problem.errors = Object.fromEntries(Object.entries(problem.errors).map(([key, messages]) => [koreanFieldName(key), messages]));
  }
  const alert = problemAlert(problem, error.status);
  if (original) alert.append(h('p', { class: 'alert-meta' }, `서버 메시지(원문): ${original}`));
  return alert;
}

/** A status badge whose words carry the meaning; the colour only repeats it. */
function badge(label: string, tone: string, attrs: Record<string, string> = {}): HTMLElement {
  return h('span', { class: `krds-badge ${tone}`, ...attrs }, label);
}

// ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const page = await startPortalHome('ehojo');
  if (!page?.me) return;
  const { me, content, portal } = page;

  const directory = loadDirectory(me);
  const show = (route: Route) => {
    // Assigning the same hash fires no hashchange; render directly then.
    const hash = route.view === 'doc' ? docHash(route.id) : `#${route.view}`;
    if (window.location.hash === hash) render(route, true);
    else window.location.hash = hash;
  };

  const inbox = inboxPanel(me, directory, (id) => show({ view: 'doc', id }));
  const detail = detailView(me, directory, () => show({ view: 'inbox' }));
  const draft = draftPanel(me, (created, message) => {
    detail.setPendingMessage(message);
    show({ view: 'doc', id: created.instanceId });
  });

  const initial = parseRoute(window.location.hash);
  const tabSet = tabs(
    [
      { id: 'inbox', label: '결재 대기함', panel: inbox.root },
      { id: 'draft', label: '기안하기', panel: draft.root, onFirstShow: draft.init },
    ],
    {
      label: '전자결재 메뉴',
      initial: initial.view === 'draft' ? 'draft' : 'inbox',
      onSelect: (id) => {
        // A tab switch replaces the entry: the back button leaves the tabs rather than replaying them.
        history.replaceState(null, '', `#${id}`);
        if (id === 'inbox') inbox.load();
      },
    },
  );

  const lists = h(
    'section',
    { class: 'lofin-panel', 'aria-labelledby': 'approvals-title' },
    h('h2', { id: 'approvals-title', class: 'section-title' }, '전자결재'),
    h('p', {}, `${me.tenantName}의 결재 문서를 기안하고, 내 차례인 문서를 결재합니다.`),
    tabSet.el,
  );

  replaceChildren(content, lists, detail.root, upcomingSection(portal));

  function render(route: Route, focus: boolean): void {
    if (route.view === 'doc') {
      lists.hidden = true;
      detail.root.hidden = false;
      void detail.open(route.id, focus);
      return;
    }
    detail.close();
    lists.hidden = false;
    tabSet.select(route.view);
    if (route.view === 'inbox') inbox.load();
    if (focus) (route.view === 'inbox' ? inbox.heading : draft.heading).focus();
  }

  window.addEventListener('hashchange', () => render(parseRoute(window.location.hash), true));
  render(initial, false);
}

// ---------------------------------------------------------------------------------------
// Amounts and the 전결 hint, shared by the 기안 form and the 재상신 form.

/** Won typed by a person: digits with optional commas, spaces and a trailing 원. */
function parseWon(text: string): { value: number | null; error: string | null } {
  const raw = text.replace(/[\s,]/g, '').replace(/원$/, '');
  if (!raw) return { value: null, error: '금액을 입력해 주세요.' };
  if (!/^\d+$/.test(raw)) return { value: null, error: '금액은 숫자로만 입력해 주세요. 원 단위 정수이며 소수점이나 음수는 쓸 수 없습니다.' };
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) return { value: null, error: '금액이 너무 큽니다.' };
  return { value, error: null };
}

/** "5,000,000원 (500만원): 과장 전결 (1천만원 이하, 표준 전결 기준)". */
function amountLevelText(value: number | null): string {
  if (value === null) return '금액을 입력하면 전결 기준(누가 최종 결재하는지)을 보여 드립니다.';
  const rule = delegationFor(value);
  const who = rule.position === 'Head' ? '단체장 결재' : `${positionName(rule.position)} 전결`;
  return `${formatWon(value)} (${formatWonInUnits(value)}): ${who} (${rule.limitLabel}, 표준 전결 기준)`;
}

/** Which step signs as final for the amount: the first at or above the required rank (-1: nobody may). */
function finalIndexFor(value: number | null, line: readonly Person[]): number | null {
  if (value === null) return null;
  const required = positionRank(delegationFor(value).position);
  return line.findIndex((p) => positionRank(p.position) >= required);
}

/** Who will sign as final along `line` for the amount, and who is skipped; empty for an empty line. */
function finalSignerText(value: number | null, line: readonly Person[]): string {
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
function onAmountPause(input: HTMLInputElement, update: () => void): void {
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

// ---------------------------------------------------------------------------------------
// 결재 대기함

function inboxPanel(me: Me, directory: Promise<Directory>, open: (instanceId: string) => void) {
  const heading = h('h3', { id: 'inbox-title', class: 'lofin-view-title', tabindex: -1 }, '결재 대기함');
  const alerts = h('div', { class: 'lofin-alerts' });
  const status = h('div', { class: 'lofin-status', role: 'status', 'aria-live': 'polite' });
  const summary = h('p', { class: 'lofin-result-count' });
  const caption = h('caption', {}, '결재 대기 문서 목록');
  const tbody = h('tbody');
  const pager = new TokenPager();
  const pagerControls = pagerButtons('inbox', pager, () => void load());
  const refresh = h('button', { type: 'button', class: 'krds-btn secondary medium', 'data-testid': 'inbox-refresh' }, '새로 고침');

  const table = h(
    'table',
    { class: 'tbl col data', 'data-testid': 'inbox-table' },
    caption,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['제목', '금액', '기안자', '상태', '처리 기한', '열기'].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    tbody,
  );
  const results = h('div', { 'data-testid': 'inbox-results', 'data-state': 'idle' }, summary, tableWrap(table, '결재 대기 문서 표'), pagerControls.el);

  const root = h(
    'div',
    {},
    heading,
    h(
      'p',
      {},
      '내가 결재할 차례인 문서와, 반려되어 내가 보완해야 하는 내 문서입니다. 문서를 열어 승인, 반려(보완 요구) 또는 불승인하거나, 반려된 문서는 보완 후 재상신합니다.',
    ),
    h('div', { class: 'lofin-actions' }, refresh),
    alerts,
    status,
    results,
  );

  refresh.addEventListener('click', () => {
    pager.reset();
    void load(true);
  });

  let controller: AbortController | null = null;

  async function load(announce = false): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    clearMessages(alerts, status);
    results.dataset.state = 'loading';
    try {
      const [page, people] = await withBusy(results, '결재 대기 문서를 불러오는 중', () =>
        Promise.all([approvalInbox(me.tenantId, inboxPageSize, pager.current), directory]),
      );
      if (current.signal.aborted) return;
      pager.received(page.continuationToken);
      const count = `${formatCount(page.items.length)}건${page.continuationToken ? ', 다음 페이지 있음' : ''}`;
      caption.textContent = `결재 대기 문서 목록 (${pager.pageNumber}페이지, ${count})`;
      summary.textContent = page.items.length ? `처리할 문서 ${count}` : '';
      replaceChildren(
        tbody,
        page.items.length
          ? page.items.map((item) => inboxRow(item, people))
          : h('tr', {}, h('td', { colspan: 6 }, '결재할 문서가 없습니다.')),
      );
      results.dataset.state = 'loaded';
      if (announce) showStatus(status, `결재 대기함을 새로 불러왔습니다: ${count}.`, 'information');
    } catch (error) {
      if (current.signal.aborted) return;
      pager.received(null);
      results.dataset.state = 'error';
      showError(alerts, error);
    }
    pagerControls.sync();
  }

  function inboxRow(item: ApprovalView, people: Directory): HTMLElement {
    const progress = item.progress;
    const returned = progress?.phase === 'ReturnedForRevision';
    const round = progress && progress.round > 1 ? ` · 상신 ${progress.round}차` : '';
    const stepCell = !progress
      ? h('td', {}, '-')
      : returned
        ? h('td', { 'data-testid': 'inbox-state', 'data-state': 'returned' }, badge('반려됨 — 보완 후 재상신', 'bg-light-warning'), round)
        : h(
            'td',
            { class: 'lofin-nowrap', 'data-testid': 'inbox-state', 'data-state': 'awaiting' },
            '결재 차례 ',
            h('span', { 'aria-hidden': 'true' }, `(${progress.step + 1}/${progress.finalStep + 1}단계)`),
            srOnly(`(최종 ${progress.finalStep + 1}단계 중 ${progress.step + 1}단계)`),
            round,
          );
    const due = progress?.dueAt;
    const overdue = due ? new Date(due).getTime() < Date.now() : false;
    const openButton = h(
      'button',
      { type: 'button', class: 'krds-btn small primary', 'data-testid': 'inbox-open' },
      '열기',
      srOnly(`: ${item.document.title}`),
    );
    openButton.addEventListener('click', () => open(item.instanceId));
    return h(
      'tr',
      { 'data-testid': 'inbox-row', 'data-instance-id': item.instanceId },
      h('th', { scope: 'row' }, item.document.title),
      h('td', { class: 'lofin-nowrap lofin-num' }, formatWon(item.document.amountWon)),
      h('td', {}, personLabel(people.get(item.drafterUserId), item.drafterUserId)),
      stepCell,
      h('td', {}, due ? timeElement(due) : '-', overdue ? h('span', { class: 'lofin-overdue' }, ' (기한 지남)') : null),
      h('td', {}, openButton),
    );
  }

  return { root, heading, load: () => void load() };
}

// ---------------------------------------------------------------------------------------
// 기안하기

function draftPanel(me: Me, created: (view: ApprovalView, message: string) => void) {
  const heading = h('h3', { id: 'draft-title-heading', class: 'lofin-view-title', tabindex: -1 }, '기안하기');
  const alerts = h('div', { class: 'lofin-alerts', 'data-testid': 'draft-alerts' });

  // Made when the form is first shown and kept until the draft is accepted: resending after
  // a lost response or a double click names the same document, which the server starts once.
  let documentId = '';

  const title = h('input', { type: 'text', id: 'draft-title', class: 'krds-input', autocomplete: 'off', maxlength: maxTitleLength, required: true });
  const titleField = field({ label: '제목', control: title, hint: `${formatCount(maxTitleLength)}자 이내` });

  const amount = h('input', {
    type: 'text',
    id: 'draft-amount',
    class: 'krds-input',
    inputmode: 'numeric',
    autocomplete: 'off',
    required: true,
  });
  const amountField = field({ label: '금액(원)', control: amount, hint: '원 단위 정수로 입력합니다. 쉼표(,)는 넣어도 됩니다.' });
  const level = h('p', { class: 'form-hint lofin-level', id: 'draft-amount-level', 'aria-live': 'polite' });
  amountField.group.append(level);
  const setAmountError = describedAlso(amountField, amount, level.id);

  // 결재선 picker
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

  const submit = h('button', { type: 'submit', id: 'draft-submit', class: 'krds-btn primary large' }, '상신');
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': heading.id, 'data-testid': 'draft-form' },
    h('div', { class: 'fieldset' }, titleField.group, amountField.group, lineSet),
    h('div', { class: 'lofin-actions' }, submit),
  );

  const root = h(
    'div',
    {},
    heading,
    h('p', {}, '문서를 작성하고 결재선을 지정해 상신합니다. 상신하면 결재선의 첫 번째 결재자에게 결재 요청이 갑니다.'),
    alerts,
    form,
  );

  const parseAmount = () => parseWon(amount.value);

  function updateLevel(): void {
    level.textContent = amountLevelText(parseAmount().value);
    renderLine();
  }
  onAmountPause(amount, updateLevel);

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

  const finalIndex = () => finalIndexFor(parseAmount().value, line);

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

    preview.textContent = finalSignerText(parseAmount().value, line);

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

  let initialised = false;
  async function init(): Promise<void> {
    if (initialised) return;
    initialised = true;
    documentId ||= newClientId('doc-');
    updateLevel();
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
      initialised = false;
      showError(directoryNote, error);
      const retry = h('button', { type: 'button', class: 'krds-btn secondary small' }, '결재자 목록 다시 불러오기');
      retry.addEventListener('click', () => void init().then(() => candidate.focus()));
      directoryNote.append(h('div', { class: 'lofin-actions' }, retry));
    }
    renderCandidates();
  }

  function reset(): void {
    title.value = '';
    amount.value = '';
    line.splice(0, line.length);
    documentId = newClientId('doc-');
    titleField.setError(null);
    setAmountError(null);
    setLineError(null);
    renderCandidates();
    updateLevel();
  }

  let sending = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    clearMessages(alerts);
    titleField.setError(null);
    setAmountError(null);
    setLineError(null);

    const titleText = title.value.trim();
    const parsed = parseAmount();
    const errors: { focus: HTMLElement; set: () => void }[] = [];
    if (!titleText) errors.push({ focus: title, set: () => titleField.setError('제목을 입력해 주세요.') });
    else if (titleText.length > maxTitleLength) {
      errors.push({ focus: title, set: () => titleField.setError(`제목은 ${formatCount(maxTitleLength)}자 이내로 입력해 주세요.`) });
    }
    if (parsed.error) errors.push({ focus: amount, set: () => setAmountError(parsed.error) });
    if (line.length === 0) errors.push({ focus: candidate, set: () => setLineError('결재선에 결재자를 한 명 이상 추가해 주세요.') });
    else if (line.length > maxLineLength) {
      errors.push({ focus: candidate, set: () => setLineError(`결재선에는 ${maxLineLength}명까지 지정할 수 있습니다.`) });
    }
    if (errors.length) {
      errors.forEach((e) => e.set());
      errors[0]!.focus.focus();
      return;
    }
    if (parsed.value !== null) amount.value = formatCount(parsed.value);
    void send({ documentId, title: titleText, amountWon: parsed.value!, line: line.map((p) => p.id) });
  });

  async function send(draft: { documentId: string; title: string; amountWon: number; line: string[] }): Promise<void> {
    sending = true;
    submit.disabled = true;
    try {
      const view = await withBusy(form, '상신하는 중', () => startApproval(me.tenantId, draft));
      const same =
        view.document.title === draft.title &&
        view.document.amountWon === draft.amountWon &&
        view.lineUserIds.join('\n') === draft.line.join('\n');
      const first = view.progress?.assigneeName;
      const message = same
        ? `상신했습니다. ${first ? `첫 번째 결재자 ${first}님에게 결재를 요청했습니다.` : ''}`
        : '이 문서는 앞서 이미 상신되었습니다. 그때 상신한 내용을 보여 드립니다.';
      reset();
      created(view, message);
    } catch (error) {
      // documentId is kept: sending again after a lost response names the same document.
      if (error instanceof ApiError && error.status !== 401) {
        for (const key of Object.keys(error.problem.errors ?? {})) {
          if (key === 'title') titleField.setError(error.problem.errors![key]!.join(' '));
          if (key === 'amountWon' || key === '$.amountWon') setAmountError(error.problem.errors![key]!.join(' '));
          if (key === 'line' || key.startsWith('line[')) setLineError(error.problem.errors![key]!.join(' '));
        }
        const alert = approvalProblemAlert(error);
        if (error.status === 422) {
          setLineError(koreanDetail(error.problem).detail ?? '결재선을 확인해 주세요.');
        }
        if (error.status === 0 || error.status >= 500) {
          alert.append(h('p', {}, '다시 상신해도 같은 문서로 한 번만 처리됩니다.'));
        }
        replaceChildren(alerts, alert);
        alerts.scrollIntoView({ block: 'nearest' });
      } else {
        showError(alerts, error);
      }
      submit.focus();
    } finally {
      sending = false;
      submit.disabled = false;
    }
  }

  return { root, heading, init: () => void init() };
}

// ---------------------------------------------------------------------------------------
// 문서 상세

function detailView(me: Me, directory: Promise<Directory>, back: () => void) {
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
  /**
   * The action (결정, 재상신, 회수) in flight or last failed for a reason worth retrying: confirming
   * the same action with the same content again resends its Idempotency-Key, so it applies once.
   */
  let lastAttempt: { what: string; key: string } | null = null;

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

  /** The round the line is in (running) or ended in. */
  function currentRound(view: ApprovalView): number {
    const running = view.status === 'Running' ? view.progress : null;
    return running?.round ?? view.result?.rounds ?? Math.max(1, ...view.signatures.map((s) => s.round));
  }

  function detailBody(view: ApprovalView, people: Directory): HTMLElement {
    const state = approvalState(view);
    const progress = view.status === 'Running' ? view.progress : null;
    const route = view.route ?? view.result?.route ?? null;
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

  /** A step's state in the current round, read from its signature, the route and the progress; the words carry it, the colour repeats it. */
  function stepState(
    view: ApprovalView,
    round: number,
    step: number,
  ): { label: string; tone: string; key: string; signature: ApprovalSignature | undefined } {
    const route = view.route ?? view.result?.route ?? null;
    const progress = view.status === 'Running' ? view.progress : null;
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

  function lineTable(view: ApprovalView, people: Directory, round: number): HTMLElement {
    const route = view.route ?? view.result?.route ?? null;
    const progress = view.status === 'Running' ? view.progress : null;
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
  function signatureTable(view: ApprovalView, people: Directory): HTMLElement {
    const signatures = view.signatures;
    const rounds = [...new Set(signatures.map((s) => s.round))].sort((a, b) => a - b);
    const route = view.route ?? view.result?.route ?? null;
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

  function escalationList(view: ApprovalView, people: Directory): HTMLElement[] | null {
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

  function note(content: (Node | string)[] | string, testId: string): HTMLElement {
    const paragraphs = typeof content === 'string' ? [h('p', {}, content)] : content;
    return h('div', { class: 'lofin-alert information lofin-note', 'data-testid': testId }, paragraphs);
  }

  function actions(view: ApprovalView, people: Directory): HTMLElement[] | HTMLElement | null {
    const progress = view.status === 'Running' ? view.progress : null;
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
          withdrawForm(view),
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
        resubmitForm(view, people),
        withdrawForm(view),
      ];
    }
    if (returned) {
      return note(`기안자 ${personLabel(people.get(view.drafterUserId), view.drafterUserId)}에게 반려되어 보완을 기다리고 있습니다.`, 'returned-note');
    }
    if (progress.assigneeUserId !== me.userId) return note(`지금은 ${progress.assigneeName}님의 결재 차례입니다.`, 'not-your-turn-note');
    return decisionForm(view, people);
  }

  /**
   * Sends one confirmed action and shows the document as it now stands, focus on its heading.
   * `what` names the action and its content: confirming the same again after a failure worth
   * retrying resends the same Idempotency-Key. A 403 or 409 shows the server's Korean reason as is.
   */
  async function perform(options: {
    view: ApprovalView;
    what: string;
    region: HTMLElement;
    busyLabel: string;
    controls: HTMLButtonElement[];
    send: (idempotencyKey: string) => Promise<ApprovalView>;
    done: (after: ApprovalView) => string;
    retryNote: string;
    /** Marks the fields a 400 names; returns the first control to focus. */
    fieldErrors?: (errors: Record<string, string[]>) => HTMLElement | null;
  }): Promise<void> {
    const key = lastAttempt?.what === options.what ? lastAttempt.key : newUuid();
    lastAttempt = { what: options.what, key };
    clearMessages(alerts, status);
    options.controls.forEach((b) => (b.disabled = true));
    try {
      const after = await withBusy(options.region, options.busyLabel, () => options.send(key));
      lastAttempt = null;
      await open(options.view.instanceId, true, options.done(after));
    } catch (error) {
      options.controls.forEach((b) => (b.disabled = false));
      if (!(error instanceof ApiError) || error.status === 401) {
        showError(alerts, error);
        return;
      }
      const retryable = error.status === 0 || error.status >= 500;
      if (!retryable) lastAttempt = null;
      const alert = approvalProblemAlert(error);
      if (retryable) alert.append(h('p', {}, options.retryNote));
      if (error.status === 409) {
        alert.append(h('p', {}, '최신 상태로 다시 불러왔습니다.'));
        replaceChildren(alerts, alert);
        await open(options.view.instanceId, true, undefined, true);
        return;
      }
      replaceChildren(alerts, alert);
      const invalid = error.status === 400 && error.problem.errors && options.fieldErrors ? options.fieldErrors(error.problem.errors) : null;
      (invalid ?? heading).focus();
    }
  }

  function decisionForm(view: ApprovalView, people: Directory): HTMLElement {
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
        fieldErrors: (errors) => {
          const messages = errors.comment;
          if (!messages) return null;
          commentField.setError(messages.join(' '));
          return comment;
        },
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

  /** 보완 후 재상신: the drafter revises title and amount (prefilled as last submitted) and sends the line again from its first step. */
  function resubmitForm(view: ApprovalView, people: Directory): HTMLElement {
    const progress = view.progress!;
    const headingId = 'resubmit-heading';
    const title = h('input', {
      type: 'text',
      id: 'resubmit-doc-title',
      class: 'krds-input',
      autocomplete: 'off',
      maxlength: maxTitleLength,
      required: true,
      value: view.document.title,
    });
    const titleField = field({ label: '제목', control: title, hint: `${formatCount(maxTitleLength)}자 이내` });

    const amount = h('input', {
      type: 'text',
      id: 'resubmit-amount',
      class: 'krds-input',
      inputmode: 'numeric',
      autocomplete: 'off',
      required: true,
      value: formatCount(view.document.amountWon),
    });
    const amountField = field({
      label: '금액(원)',
      control: amount,
      hint: '원 단위 정수로 입력합니다. 쉼표(,)는 넣어도 됩니다. 금액이 바뀌면 전결권자가 바뀔 수 있습니다.',
    });
    const level = h('p', { class: 'form-hint lofin-level', id: 'resubmit-amount-level', 'aria-live': 'polite' });
    const preview = h('p', { class: 'form-hint', id: 'resubmit-line-preview', 'aria-live': 'polite' });
    amountField.group.append(level, preview);
    const setAmountError = describedAlso(amountField, amount, level.id, preview.id);

    const comment = h('textarea', { id: 'resubmit-comment', class: 'krds-input', rows: 4, maxlength: maxCommentLength });
    const commentField = field({
      label: '보완 내용',
      control: comment,
      hint: `무엇을 보완했는지 적으면 결재자에게 재상신 의견으로 전달됩니다. 선택 사항, ${formatCount(maxCommentLength)}자 이내.`,
    });

    // Who signs as final along this line for the new amount; without the directory only the rule is shown.
    const linePeople = view.lineUserIds.map((id) => people.get(id));
    const known = linePeople.every((p): p is Person => p !== undefined) ? linePeople : null;
    const update = () => {
      const { value } = parseWon(amount.value);
      level.textContent = amountLevelText(value);
      preview.textContent = known ? finalSignerText(value, known) : '';
    };
    update();
    onAmountPause(amount, update);

    const submit = h('button', { type: 'submit', id: 'resubmit-submit', class: 'krds-btn primary large' }, '재상신');
    const form = h(
      'form',
      { novalidate: true, 'aria-labelledby': headingId },
      h('div', { class: 'fieldset' }, titleField.group, amountField.group, commentField.group),
      h('div', { class: 'lofin-actions' }, submit),
    );
    const first = view.lineUserIds[0] ?? '';

    let sending = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (sending) return;
      void send();
    });

    async function send(): Promise<void> {
      titleField.setError(null);
      setAmountError(null);
      commentField.setError(null);
      const titleText = title.value.trim();
      const parsed = parseWon(amount.value);
      const commentText = comment.value.trim();
      const errors: { focus: HTMLElement; set: () => void }[] = [];
      if (!titleText) errors.push({ focus: title, set: () => titleField.setError('제목을 입력해 주세요.') });
      else if (titleText.length > maxTitleLength) {
        errors.push({ focus: title, set: () => titleField.setError(`제목은 ${formatCount(maxTitleLength)}자 이내로 입력해 주세요.`) });
      }
      if (parsed.error) errors.push({ focus: amount, set: () => setAmountError(parsed.error) });
      if (commentText.length > maxCommentLength) {
        errors.push({ focus: comment, set: () => commentField.setError(`보완 내용은 ${formatCount(maxCommentLength)}자 이내로 입력해 주세요.`) });
      }
      if (errors.length) {
        errors.forEach((e) => e.set());
        errors[0]!.focus.focus();
        return;
      }
      const amountWon = parsed.value!;
      amount.value = formatCount(amountWon);
      update();

      const signer = known ? finalSignerText(amountWon, known) : '';
      const ok = await confirmDialog({
        title: '재상신 확인',
        message:
          `'${titleText}' 문서를 보완하여 상신 ${progress.round + 1}차로 다시 상신합니다. ` +
          `결재선의 첫 번째 결재자 ${personLabel(people.get(first), first)}부터 다시 결재합니다. ${signer ? `${signer} ` : ''}계속할까요?`,
        confirmLabel: '재상신',
      });
      if (!ok) return;

      const request = { title: titleText, amountWon, comment: commentText || null };
      sending = true;
      try {
        await perform({
          view,
          what: JSON.stringify(['resubmit', view.instanceId, progress.round, request]),
          region: form,
          busyLabel: '재상신하는 중',
          controls: [submit],
          send: (key) => resubmitApproval(me.tenantId, view.instanceId, request, key),
          done: (after) => {
            const next = after.progress;
            const finalId = after.route ? after.lineUserIds[after.route.finalStep] : undefined;
            return (
              `재상신했습니다 (상신 ${next?.round ?? progress.round + 1}차). ` +
              (next ? `첫 번째 결재자 ${next.assigneeName}님에게 다시 결재를 요청했습니다.` : '') +
              (finalId && after.route ? ` 최종 결재: ${personLabel(people.get(finalId), finalId)} ${after.route.isDelegated ? '전결' : '결재'}.` : '')
            );
          },
          retryNote: '다시 재상신해도 한 번만 처리됩니다.',
          fieldErrors: (errors) => {
            const marked: HTMLElement[] = [];
            for (const [key, messages] of Object.entries(errors)) {
              const text = messages.join(' ');
              if (key === 'title') {
                titleField.setError(text);
                marked.push(title);
              } else if (key === 'amountWon' || key === '$.amountWon') {
                setAmountError(text);
                marked.push(amount);
              } else if (key === 'comment') {
                commentField.setError(text);
                marked.push(comment);
              }
            }
            return [title, amount, comment].find((c) => marked.includes(c)) ?? null;
          },
        });
      } finally {
        sending = false;
      }
    }

    return h(
      'section',
      { class: 'lofin-decision', 'aria-labelledby': headingId, 'data-testid': 'resubmit-form' },
      h('h3', { id: headingId, class: 'lofin-subtitle' }, '보완 후 재상신'),
      h(
        'p',
        {},
        `반려 의견에 따라 문서를 보완한 뒤 다시 상신합니다. 재상신하면 상신 ${progress.round + 1}차로 결재선의 첫 번째 결재자부터 다시 결재합니다. 제목과 금액은 마지막으로 상신한 내용이 채워져 있습니다.`,
      ),
      form,
    );
  }

  /** 회수: the drafter takes the document back while its line runs (waiting for a decision or returned). */
  function withdrawForm(view: ApprovalView): HTMLElement {
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
        fieldErrors: (errors) => {
          const messages = errors.comment;
          if (!messages) return null;
          commentField.setError(messages.join(' '));
          return comment;
        },
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

  return {
    root,
    open,
    close,
    setPendingMessage(message: string) {
      pendingMessage = message;
    },
  };
}

/**
 * A field whose control is also described by live hints (`ids`): `field()` rewrites
 * aria-describedby when an error shows, so the hints are added back each time.
 */
function describedAlso(target: Field, control: HTMLElement, ...ids: string[]): (message: string | null) => void {
  const apply = () => {
    const own = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !ids.includes(id));
    control.setAttribute('aria-describedby', [...own, ...ids].join(' '));
  };
  apply();
  return (message) => {
    target.setError(message);
    apply();
  };
}

void main();
