import { ApiError, type ProblemDetails } from '../shared/api';
import {
  approvalInbox,
  approvalState,
  decideApproval,
  decisionLabels,
  delegationFor,
  escalationLabels,
  getApproval,
  signatureLabels,
  startApproval,
  type ApprovalSignature,
  type ApprovalView,
  type DecisionKind,
} from '../shared/approvals';
import type { Me } from '../shared/auth';
import { h, replaceChildren, srOnly } from '../shared/dom';
import { clearMessages, problemAlert, showError, showStatus, withBusy } from '../shared/feedback';
import { field } from '../shared/forms';
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
        ['제목', '금액', '기안자', '단계', '처리 기한', '열기'].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    tbody,
  );
  const results = h('div', { 'data-testid': 'inbox-results', 'data-state': 'idle' }, summary, tableWrap(table, '결재 대기 문서 표'), pagerControls.el);

  const root = h(
    'div',
    {},
    heading,
    h('p', {}, '내가 결재할 차례인 문서입니다. 문서를 열어 승인, 반려(보완 요구) 또는 불승인합니다.'),
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
      summary.textContent = page.items.length ? `결재할 문서 ${count}` : '';
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
    const stepCell = !progress
      ? h('td', {}, '-')
      : returned
        ? h('td', {}, badge('반려됨 (보완 요구)', 'bg-light-warning'))
        : h(
            'td',
            { class: 'lofin-nowrap' },
            h('span', { 'aria-hidden': 'true' }, `${progress.step + 1}/${progress.finalStep + 1}`),
            srOnly(`최종 ${progress.finalStep + 1}단계 중 ${progress.step + 1}단계`),
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
  amount.setAttribute('aria-describedby', `${amount.id}-hint ${level.id}`);

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

  function parseAmount(): { value: number | null; error: string | null } {
    const raw = amount.value.replace(/[\s,]/g, '').replace(/원$/, '');
    if (!raw) return { value: null, error: '금액을 입력해 주세요.' };
    if (!/^\d+$/.test(raw)) return { value: null, error: '금액은 숫자로만 입력해 주세요. 원 단위 정수이며 소수점이나 음수는 쓸 수 없습니다.' };
    const value = Number(raw);
    if (!Number.isSafeInteger(value)) return { value: null, error: '금액이 너무 큽니다.' };
    return { value, error: null };
  }

  let levelTimer = 0;
  function updateLevel(): void {
    const { value } = parseAmount();
    if (value === null) {
      level.textContent = '금액을 입력하면 전결 기준(누가 최종 결재하는지)을 보여 드립니다.';
    } else {
      const rule = delegationFor(value);
      const who = rule.position === 'Head' ? '단체장 결재' : `${positionName(rule.position)} 전결`;
      level.textContent = `${formatWon(value)} (${formatWonInUnits(value)}): ${who} (${rule.limitLabel}, 표준 전결 기준)`;
    }
    renderLine();
  }
  amount.addEventListener('input', () => {
    // The hint is a polite live region: update it once typing pauses, not on every key.
    window.clearTimeout(levelTimer);
    levelTimer = window.setTimeout(updateLevel, 400);
  });
  amount.addEventListener('change', () => {
    window.clearTimeout(levelTimer);
    updateLevel();
  });

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

  /** Which step signs as final for the current amount: the first at or above the required rank. */
  function finalIndex(): number | null {
    const { value } = parseAmount();
    if (value === null) return null;
    const required = positionRank(delegationFor(value).position);
    const index = line.findIndex((p) => positionRank(p.position) >= required);
    return index;
  }

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

    const { value } = parseAmount();
    if (line.length === 0) preview.textContent = '';
    else if (value === null) preview.textContent = '금액을 입력하면 누가 최종 결재(전결)하는지 표시합니다.';
    else {
      const rule = delegationFor(value);
      const needed = positionName(rule.position);
      if (final === null || final < 0) {
        preview.textContent = `주의: ${formatWon(value)}은(는) ${needed} 이상이 최종 결재해야 하는데 결재선에 ${needed} 이상이 없습니다. 이대로는 상신할 수 없습니다.`;
      } else {
        const signer = line[final]!;
        const skipped = line.slice(final + 1).map((p) => p.name);
        preview.textContent =
          `${signer.name}(${positionName(signer.position)})이(가) ${signer.position === 'Head' ? '최종 결재' : '전결'}합니다.` +
          (skipped.length ? ` ${skipped.join(', ')}은(는) 결재하지 않습니다(생략).` : '');
      }
    }

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
    amountField.setError(null);
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
    amountField.setError(null);
    setLineError(null);

    const titleText = title.value.trim();
    const parsed = parseAmount();
    const errors: { focus: HTMLElement; set: () => void }[] = [];
    if (!titleText) errors.push({ focus: title, set: () => titleField.setError('제목을 입력해 주세요.') });
    else if (titleText.length > maxTitleLength) {
      errors.push({ focus: title, set: () => titleField.setError(`제목은 ${formatCount(maxTitleLength)}자 이내로 입력해 주세요.`) });
    }
    if (parsed.error) errors.push({ focus: amount, set: () => amountField.setError(parsed.error) });
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
          if (key === 'amountWon' || key === '$.amountWon') amountField.setError(error.problem.errors![key]!.join(' '));
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
  /** The decision in flight or last failed for a reason worth retrying: a retry resends its key. */
  let lastAttempt: { instanceId: string; decision: DecisionKind; round: number; step: number; comment: string | null; key: string } | null =
    null;

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
    const progress = view.status === 'Running' ? view.progress : null;
    const result = view.result;
    const drafter = people.get(view.drafterUserId);
    const lastRound = result?.rounds ?? progress?.round ?? 1;
    const finalStep = result?.route.finalStep ?? progress?.finalStep ?? null;
    const delegatedSigner =
      result?.outcome === 'Approved' && result.delegatedStep !== null
        ? result.signatures.find((s) => s.round === lastRound && s.step === result.delegatedStep && s.kind === 'ApprovedDelegated')
        : undefined;

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
      h('dd', {}, `${formatWon(view.document.amountWon)} (${formatWonInUnits(view.document.amountWon)})`),
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
              progress.phase === 'AwaitingDecision' ? ` · ${progress.step + 1}/${progress.finalStep + 1}단계` : '',
            ),
            ...(progress.dueAt ? [h('dt', {}, '처리 기한'), h('dd', {}, timeElement(progress.dueAt))] : []),
          ]
        : null,
      lastRound > 1 ? [h('dt', {}, '상신 차수'), h('dd', {}, `${lastRound}차 (반려 후 재상신)`)] : null,
      !progress ? [h('dt', {}, '최종 처리 시각'), h('dd', {}, timeElement(view.lastUpdatedAt))] : null,
    );

    return h(
      'div',
      {},
      summary,
      h('h3', { class: 'lofin-subtitle', id: 'line-table-title' }, '결재선'),
      lineTable(view, people, lastRound, finalStep),
      h('h3', { class: 'lofin-subtitle' }, '결재 이력'),
      result ? signatureTable(result.signatures, people) : h('p', {}, '서명 시각과 의견을 모은 결재 이력은 결재가 끝나면 표시됩니다. 지금은 결재선의 진행 단계를 위 표에서 확인할 수 있습니다.'),
      result?.escalations.length
        ? [
            h('h3', { class: 'lofin-subtitle' }, '처리 기한 경과'),
            h(
              'ul',
              { class: 'krds-info-list lofin-list' },
              result.escalations.map((e) =>
                h(
                  'li',
                  {},
                  `${e.round}차 ${e.step + 1}단계: ${escalationLabels[e.kind]} (${personLabel(people.get(e.fromUserId), e.fromUserId)} → ${personLabel(people.get(e.toUserId), e.toUserId)}), `,
                  timeElement(e.at),
                ),
              ),
            ),
          ]
        : null,
      actions(view, people),
    );
  }

  function lineTable(view: ApprovalView, people: Directory, lastRound: number, finalStep: number | null): HTMLElement {
    const result = view.result;
    const progress = view.status === 'Running' ? view.progress : null;
    const finalPerson = finalStep !== null ? people.get(view.lineUserIds[finalStep] ?? '') : undefined;
    const delegated = result ? result.route.isDelegated : finalPerson ? finalPerson.position !== 'Head' : true;
    const drafted = result?.signatures.find((s) => s.round === lastRound && s.step === null && (s.kind === 'Drafted' || s.kind === 'Resubmitted'));
    const drafter = people.get(view.drafterUserId);

    const rows = view.lineUserIds.map((userId, i) => {
      const person = people.get(userId);
      const signature = result?.signatures.filter((s) => s.round === lastRound && s.step === i).at(-1);
      const role =
        finalStep === null ? '-' : i < finalStep ? '검토' : i === finalStep ? (delegated ? '전결권자' : '결재권자') : '생략 (전결)';
      let stateLabel: string;
      let tone = 'bg-light-gray';
      if (signature) {
        stateLabel = signature.kind === 'Reviewed' ? '승인' : signatureLabels[signature.kind];
        tone =
          signature.kind === 'Rejected'
            ? 'bg-light-danger'
            : signature.kind === 'Returned'
              ? 'bg-light-warning'
              : signature.kind === 'ApprovedDelegated' || signature.kind === 'Approved'
                ? 'bg-light-primary'
                : 'bg-light-success';
      } else if (progress) {
        const returned = progress.phase === 'ReturnedForRevision';
        if (i < progress.step) [stateLabel, tone] = ['승인', 'bg-light-success'];
        else if (i === progress.step) [stateLabel, tone] = returned ? ['반려', 'bg-light-warning'] : ['결재 대기 (차례)', 'bg-light-information'];
        else if (returned) stateLabel = '-';
        else if (finalStep !== null && i > finalStep) stateLabel = '생략 예정';
        else stateLabel = '대기 예정';
      } else if (result) {
        const passed = result.escalations.some((e) => e.round === lastRound && e.step === i && e.kind === 'PassedToSuperior');
        stateLabel = finalStep !== null && i > finalStep ? '생략' : passed ? '기한 경과로 넘어감' : '미결재 (결재 종료)';
      } else {
        stateLabel = '-';
      }
      const current = progress && i === progress.step;
      return h(
        'tr',
        { 'data-testid': `line-step-${i}`, 'data-user-id': userId, class: current ? 'lofin-current' : null },
        h('th', { scope: 'row' }, `${i + 1}`, current ? srOnly(' (현재 단계)') : null),
        h('td', {}, person?.name ?? signature?.name ?? userId),
        h('td', {}, person ? positionName(person.position) : (signature?.position ?? '-')),
        h('td', {}, role),
        h('td', {}, badge(stateLabel, tone), signature?.actingForUserId ? ` (대결: ${personLabel(people.get(signature.actingForUserId), signature.actingForUserId)} 대신)` : null),
        h('td', {}, signature ? timeElement(signature.at) : '-'),
        h('td', { class: 'lofin-comment' }, signature?.comment ?? '-'),
      );
    });

    return tableWrap(
      h(
        'table',
        { class: 'tbl col data', 'data-testid': 'line-table' },
        h('caption', {}, `결재선: 기안자와 결재자 ${view.lineUserIds.length}명 (결재 순서)`),
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
            h('th', { scope: 'row' }, '기안'),
            h('td', {}, drafter?.name ?? drafted?.name ?? view.drafterUserId),
            h('td', {}, drafter ? positionName(drafter.position) : (drafted?.position ?? '-')),
            h('td', {}, '기안자'),
            h('td', {}, badge(lastRound > 1 ? '재기안' : '기안', 'bg-light-success')),
            h('td', {}, timeElement(drafted?.at ?? view.createdAt)),
            h('td', { class: 'lofin-comment' }, drafted?.comment ?? '-'),
          ),
          rows,
        ),
      ),
      '결재선 표',
    );
  }

  function signatureTable(signatures: ApprovalSignature[], people: Directory): HTMLElement {
    const roles: Record<string, string> = { Drafter: '기안자', Reviewer: '검토자', FinalApprover: '결재권자' };
    return tableWrap(
      h(
        'table',
        { class: 'tbl col data', 'data-testid': 'signature-table' },
        h('caption', {}, `결재 이력 ${formatCount(signatures.length)}건 (처리 순서)`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['차수', '처리', '처리자', '역할', '처리 시각', '의견'].map((t) => h('th', { scope: 'col' }, t)),
          ),
        ),
        h(
          'tbody',
          {},
          signatures.map((s) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, `${s.round}차`),
              h('td', {}, signatureLabels[s.kind] ?? s.kind),
              h(
                'td',
                {},
                `${s.name} (${s.position})`,
                s.actingForUserId ? ` · 대결: ${personLabel(people.get(s.actingForUserId), s.actingForUserId)} 대신` : '',
              ),
              h('td', {}, s.role === 'FinalApprover' && s.kind === 'ApprovedDelegated' ? '전결권자' : (roles[s.role] ?? s.role)),
              h('td', {}, timeElement(s.at)),
              h('td', { class: 'lofin-comment' }, s.comment ?? '-'),
            ),
          ),
        ),
      ),
      '결재 이력 표',
    );
  }

  function note(text: string, testId: string): HTMLElement {
    return h('div', { class: 'lofin-alert information lofin-note', 'data-testid': testId }, h('p', {}, text));
  }

  function actions(view: ApprovalView, people: Directory): HTMLElement | null {
    const progress = view.status === 'Running' ? view.progress : null;
    if (!progress) return null;
    const isDrafter = me.userId === view.drafterUserId;
    if (progress.phase === 'ReturnedForRevision') {
      return isDrafter
        ? note('반려되어 보완이 필요합니다. 결재선 표의 의견을 확인해 주세요. 보완 후 재상신과 회수는 아직 이 화면에서 할 수 없습니다.', 'returned-note')
        : note(`기안자 ${personLabel(people.get(view.drafterUserId), view.drafterUserId)}에게 반려되어 보완을 기다리고 있습니다.`, 'returned-note');
    }
    if (isDrafter) return note('본인이 기안한 문서는 결재할 수 없습니다. 결재선의 결재자가 처리하면 이 화면에서 진행 상황을 볼 수 있습니다.', 'own-document-note');
    if (progress.assigneeUserId !== me.userId) return note(`지금은 ${progress.assigneeName}님의 결재 차례입니다.`, 'not-your-turn-note');
    return decisionForm(view, people);
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
        ? `마지막 결재 단계입니다. 승인하면 ${people.get(me.userId)?.position === 'Head' ? '최종 결재' : '전결'}로 결재가 끝납니다.`
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
      const retry =
        lastAttempt &&
        lastAttempt.instanceId === view.instanceId &&
        lastAttempt.decision === kind &&
        lastAttempt.round === request.round &&
        lastAttempt.step === request.step &&
        lastAttempt.comment === request.comment;
      const key = retry ? lastAttempt!.key : newUuid();
      lastAttempt = { instanceId: view.instanceId, ...request, key };

      clearMessages(alerts, status);
      buttons.forEach((b) => (b.disabled = true));
      try {
        const after = await withBusy(form, `${decisionLabels[kind]} 처리 중`, () => decideApproval(me.tenantId, view.instanceId, request, key));
        lastAttempt = null;
        const done = after.result;
        const message =
          done?.outcome === 'Approved'
            ? `승인했습니다. 결재가 완료되었습니다${done.delegatedStep !== null ? ' (전결)' : ''}.`
            : done?.outcome === 'Rejected'
              ? '불승인했습니다. 결재가 종료되었습니다.'
              : kind === 'Return'
                ? '반려(보완 요구)했습니다. 기안자에게 돌아갔습니다.'
                : `승인했습니다. 다음 결재자: ${after.progress?.assigneeName ?? '-'}.`;
        await open(view.instanceId, true, message);
      } catch (error) {
        buttons.forEach((b) => (b.disabled = false));
        if (!(error instanceof ApiError) || error.status === 401) {
          showError(alerts, error);
          return;
        }
        const retryable = error.status === 0 || error.status >= 500;
        if (!retryable) lastAttempt = null;
        const alert = approvalProblemAlert(error);
        if (retryable) alert.append(h('p', {}, '같은 결정을 다시 누르면 한 번만 처리됩니다.'));
        if (error.status === 409) {
          alert.append(h('p', {}, '최신 상태로 다시 불러왔습니다.'));
          replaceChildren(alerts, alert);
          await open(view.instanceId, true, undefined, true);
          return;
        }
        replaceChildren(alerts, alert);
        heading.focus();
      }
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

  return {
    root,
    open,
    close,
    setPendingMessage(message: string) {
      pendingMessage = message;
    },
  };
}

void main();
