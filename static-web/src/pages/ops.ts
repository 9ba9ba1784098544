import { api, query, seg } from '../shared/api';
import { requireSignIn, type Me } from '../shared/auth';
import { byId, h, replaceChildren, srOnly } from '../shared/dom';
import { clearMessages, showError, showStatus, withBusy } from '../shared/feedback';
import { field } from '../shared/forms';
import { formatCount, seoulDayEnd, seoulDayStart, timeElement, toJson } from '../shared/format';
import { renderBreadcrumb, renderChrome, showSignedIn, showSignedOut, showUserLoading } from '../shared/layout';
import { tableWrap } from '../shared/table';
import { confirmDialog } from '../shared/modal';
import { pagerButtons, TokenPager, type Page } from '../shared/paging';
import { tabs } from '../shared/tabs';

interface WorkflowSummary {
  instanceId: string;
  workflowType: string;
  status: string;
  createdAt: string;
  lastUpdatedAt: string | null;
  customStatus: unknown;
}

interface HistoryEvent {
  sequence: number;
  timestamp: string;
  eventType: string;
  name: string | null;
  cause: string | null;
  data: unknown;
}

interface WorkflowDetail extends WorkflowSummary {
  input: unknown;
  output: unknown;
  history: HistoryEvent[];
}

interface DeadLetter {
  messageId: string;
  queue: string;
  attempts: number;
  lastError: string | null;
  deadLetteredAt: string;
  enqueuedAt: string;
}

const pageSize = 20;

const statuses: { value: string; label: string; badge: string }[] = [
  { value: 'Pending', label: '대기', badge: 'bg-light-gray' },
  { value: 'Running', label: '실행 중', badge: 'bg-light-information' },
  { value: 'Suspended', label: '일시 중지', badge: 'bg-light-warning' },
  { value: 'Completed', label: '완료', badge: 'bg-light-success' },
  { value: 'Failed', label: '실패', badge: 'bg-light-danger' },
  { value: 'Terminated', label: '종료됨', badge: 'bg-light-gray' },
];

function statusBadge(status: string): HTMLElement {
  const known = statuses.find((s) => s.value === status);
  return h('span', { class: `krds-badge ${known?.badge ?? 'bg-light-gray'}` }, known ? `${known.label} (${status})` : status);
}

function compactJson(value: unknown): string {
  if (value === null || value === undefined || value === '') return '-';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function main(): Promise<void> {
  const { userArea } = renderChrome('ops');
  renderBreadcrumb([{ label: '운영 모니터', href: '/ops/' }]);
  const content = byId('content');
  const alerts = byId('alerts');

  showUserLoading(userArea);
  let me: Me;
  try {
    me = await withBusy(content, '로그인 정보를 확인하는 중', requireSignIn);
  } catch (error) {
    showSignedOut(userArea);
    showError(alerts, error);
    return;
  }
  showSignedIn(userArea, me);

  const base = `/api/tenants/${seg(me.tenantId)}`;
  const workflows = workflowPanel(base);
  const deadLetters = deadLetterPanel(base);
  const timers = timerPanel();

  replaceChildren(
    content,
    h('p', { class: 'lofin-context' }, '대상 기관: ', h('strong', {}, me.tenantName), ` (자치단체 코드 ${me.tenantId})`),
    me.roles.includes('Operator')
      ? null
      : h(
          'div',
          { class: 'lofin-alert information' },
          h('p', { class: 'alert-title' }, '운영자 역할이 필요합니다'),
          h('p', {}, '운영 모니터는 운영자(Operator) 역할이 있는 사용자만 쓸 수 있습니다. 권한이 없으면 조회와 조치가 거부됩니다.'),
        ),
    tabs(
      [
        { id: 'workflows', label: '워크플로 인스턴스', panel: workflows.root, onFirstShow: workflows.load },
        { id: 'dead-letters', label: '배달 실패 메시지', panel: deadLetters.root, onFirstShow: deadLetters.load },
        // Timers are platform-wide: only the ministry's operators (national tenant 00000) see them.
        ...(me.tenantId === nationalTenantId
          ? [{ id: 'timers', label: '타이머 함수', panel: timers.root, onFirstShow: timers.load }]
          : []),
      ],
      { label: '운영 모니터 항목' },
    ).el,
  );
}

function workflowPanel(base: string) {
  const statusSelect = h(
    'select',
    { id: 'wf-status', class: 'krds-form-select completed', name: 'status' },
    h('option', { value: '' }, '전체'),
    statuses.map((s) => h('option', { value: s.value }, `${s.label} (${s.value})`)),
  );
  const typeInput = h('input', { type: 'text', id: 'wf-type', class: 'krds-input', name: 'type', placeholder: '예: ExpenditureApproval' });
  const fromInput = h('input', { type: 'date', id: 'wf-from', class: 'krds-input', name: 'createdFrom' });
  const toInput = h('input', { type: 'date', id: 'wf-to', class: 'krds-input', name: 'createdTo' });
  const statusField = field({ label: '상태', control: statusSelect });
  const typeField = field({ label: '유형', control: typeInput, grow: true });
  const fromField = field({ label: '시작일(부터)', control: fromInput });
  const toField = field({ label: '시작일(까지)', control: toInput });

  const alerts = h('div', { class: 'lofin-alerts' });
  const status = h('div', { class: 'lofin-status', role: 'status', 'aria-live': 'polite' });
  const summary = h('p', { class: 'lofin-result-count' });
  const caption = h('caption', {}, '워크플로 인스턴스 목록');
  const tbody = h('tbody');
  const pager = new TokenPager();
  const pagerControls = pagerButtons('wf', pager, () => void load());
  // Persistent, so results of detail actions are announced (a live region must exist before its text changes).
  const detailStatus = h('div', { class: 'lofin-status', role: 'status', 'aria-live': 'polite' });
  const detailHost = h('div');
  const results = h(
    'div',
    {},
    summary,
    tableWrap(
      h(
        'table',
        { class: 'tbl col data', 'data-testid': 'workflow-table' },
        caption,
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['인스턴스 ID', '유형', '상태', '생성 시각', '최근 갱신 시각', '사용자 지정 상태'].map((t) => h('th', { scope: 'col' }, t)),
          ),
        ),
        tbody,
      ),
      '워크플로 인스턴스 목록 표',
    ),
    pagerControls.el,
  );

  const form = h(
    'form',
    { role: 'search', 'aria-label': '워크플로 인스턴스 검색', novalidate: true },
    h('div', { class: 'lofin-toolbar' }, statusField.group, typeField.group, fromField.group, toField.group),
    h(
      'div',
      { class: 'lofin-actions' },
      h('button', { type: 'submit', class: 'krds-btn primary medium' }, '조회'),
      h('button', { type: 'reset', class: 'krds-btn tertiary medium' }, '초기화'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    toField.setError(null);
    if (fromInput.value && toInput.value && fromInput.value > toInput.value) {
      toField.setError('끝 날짜는 시작 날짜와 같거나 뒤여야 합니다.');
      toInput.focus();
      return;
    }
    pager.reset();
    void load();
  });
  form.addEventListener('reset', () => {
    toField.setError(null);
    // The reset event fires before the fields are cleared.
    window.setTimeout(() => {
      pager.reset();
      void load();
    });
  });

  const root = h(
    'section',
    { class: 'lofin-panel' },
    h('h2', { class: 'sr-only' }, '워크플로 인스턴스'),
    form,
    alerts,
    status,
    results,
    detailStatus,
    detailHost,
  );

  async function load(): Promise<void> {
    clearMessages(alerts);
    const url = `${base}/workflows${query({
      status: statusSelect.value,
      type: typeInput.value.trim(),
      createdFrom: fromInput.value ? seoulDayStart(fromInput.value) : null,
      createdTo: toInput.value ? seoulDayEnd(toInput.value) : null,
      pageSize,
      continuationToken: pager.current,
    })}`;
    try {
      const page = await withBusy(results, '워크플로 인스턴스를 불러오는 중', () => api<Page<WorkflowSummary>>(url));
      pager.received(page.continuationToken);
      caption.textContent = `워크플로 인스턴스 목록 (${pager.pageNumber}페이지)`;
      summary.textContent = `${pager.pageNumber}페이지: ${formatCount(page.items.length)}건${page.continuationToken ? ', 다음 페이지 있음' : ''}`;
      replaceChildren(
        tbody,
        page.items.length
          ? page.items.map((wf) =>
              h(
                'tr',
                {},
                h(
                  'th',
                  { scope: 'row' },
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'lofin-linkbtn',
                      'data-testid': 'workflow-open',
                      onclick: () => void openDetail(wf.instanceId),
                    },
                    srOnly('상세 보기: '),
                    wf.instanceId,
                  ),
                ),
                h('td', {}, wf.workflowType),
                h('td', {}, statusBadge(wf.status)),
                h('td', {}, timeElement(wf.createdAt)),
                h('td', {}, timeElement(wf.lastUpdatedAt)),
                h('td', { class: 'lofin-code' }, compactJson(wf.customStatus)),
              ),
            )
          : h('tr', {}, h('td', { colspan: 6 }, '조건에 맞는 워크플로 인스턴스가 없습니다.')),
      );
    } catch (error) {
      pager.received(null);
      showError(alerts, error);
    }
    pagerControls.sync();
  }

  async function openDetail(instanceId: string, message?: string): Promise<void> {
    const url = `${base}/workflows/${seg(instanceId)}`;
    if (!message) clearMessages(detailStatus);
    try {
      const detail = await withBusy(detailHost, '인스턴스 상세를 불러오는 중', () => api<WorkflowDetail>(url));
      const view = detailView(detail, url);
      replaceChildren(detailHost, view);
      if (message) showStatus(detailStatus, message);
      view.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      const detailAlerts = h('div', { class: 'lofin-alerts' });
      replaceChildren(detailHost, detailAlerts);
      showError(detailAlerts, error);
    }
  }

  function detailView(wf: WorkflowDetail, url: string): HTMLElement {
    const detailAlerts = h('div', { class: 'lofin-alerts' });

    const run = async (label: string, work: () => Promise<unknown>, done: (result: unknown) => void) => {
      clearMessages(detailAlerts, detailStatus);
      try {
        const result = await withBusy(section, label, work);
        done(result);
      } catch (error) {
        showError(detailAlerts, error);
      }
    };

    // Raise event
    const eventName = h('input', { type: 'text', id: 'wf-event-name', class: 'krds-input', autocomplete: 'off', required: true });
    const eventData = h('textarea', { id: 'wf-event-data', class: 'krds-input', rows: 5, spellcheck: 'false' });
    eventData.value = '{}';
    const eventNameField = field({
      label: '이벤트 이름',
      control: eventName,
      hint: '워크플로가 기다리는 외부 이벤트의 이름 (예: ApprovalDecided)',
    });
    const eventDataField = field({ label: '이벤트 데이터 (JSON)', control: eventData, hint: '비워 두면 빈 객체 {}를 보냅니다.' });
    const raiseForm = h(
      'form',
      { novalidate: true, 'aria-labelledby': 'wf-raise-title' },
      h('h4', { id: 'wf-raise-title', class: 'lofin-subtitle' }, '이벤트 발생'),
      eventNameField.group,
      eventDataField.group,
      h('div', { class: 'lofin-actions' }, h('button', { type: 'submit', class: 'krds-btn primary medium' }, '이벤트 발생')),
    );
    raiseForm.addEventListener('submit', (event) => {
      event.preventDefault();
      eventNameField.setError(null);
      eventDataField.setError(null);
      const name = eventName.value.trim();
      if (!name) {
        eventNameField.setError('이벤트 이름을 입력해 주세요.');
        eventName.focus();
        return;
      }
      let payload: unknown = {};
      if (eventData.value.trim()) {
        try {
          payload = JSON.parse(eventData.value);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          eventDataField.setError(`JSON 형식이 올바르지 않습니다: ${error.message}`);
          eventData.focus();
          return;
        }
      }
      void run(
        '이벤트를 보내는 중',
        () => api(`${url}/raiseEvent/${seg(name)}`, { method: 'POST', body: payload }),
        () => void openDetail(wf.instanceId, `이벤트 '${name}'을(를) 보냈습니다.`),
      );
    });

    // Terminate
    const reason = h('input', { type: 'text', id: 'wf-terminate-reason', class: 'krds-input', autocomplete: 'off', required: true });
    const reasonField = field({ label: '종료 사유', control: reason, hint: '감사 기록에 남습니다.' });
    const terminateForm = h(
      'form',
      { novalidate: true, 'aria-labelledby': 'wf-terminate-title' },
      h('h4', { id: 'wf-terminate-title', class: 'lofin-subtitle' }, '종료'),
      reasonField.group,
      h('div', { class: 'lofin-actions' }, h('button', { type: 'submit', class: 'krds-btn secondary medium' }, '종료')),
    );
    terminateForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      reasonField.setError(null);
      const why = reason.value.trim();
      if (!why) {
        reasonField.setError('종료 사유를 입력해 주세요.');
        reason.focus();
        return;
      }
      const ok = await confirmDialog({
        title: '인스턴스 종료',
        message: `인스턴스 ${wf.instanceId}을(를) 종료합니다. 종료한 인스턴스는 다시 진행되지 않습니다. 계속할까요?`,
        confirmLabel: '종료',
      });
      if (!ok) return;
      await run(
        '종료를 요청하는 중',
        () => api(`${url}/terminate`, { method: 'POST', body: { reason: why } }),
        () => {
          void load();
          void openDetail(wf.instanceId, '인스턴스 종료를 요청했습니다.');
        },
      );
    });

    // Restart
    const restartButton = h('button', { type: 'button', class: 'krds-btn secondary medium' }, '재시작');
    restartButton.addEventListener('click', async () => {
      const ok = await confirmDialog({
        title: '인스턴스 재시작',
        message: `인스턴스 ${wf.instanceId}을(를) 처음 입력으로 다시 시작합니다. 계속할까요?`,
        confirmLabel: '재시작',
      });
      if (!ok) return;
      await run(
        '재시작을 요청하는 중',
        () => api<{ instanceId?: string } | undefined>(`${url}/restart`, { method: 'POST' }),
        (result) => {
          // Restart may start a new instance; follow it when the API names one.
          const restarted = (result as { instanceId?: string } | undefined)?.instanceId ?? wf.instanceId;
          void load();
          void openDetail(
            restarted,
            restarted === wf.instanceId ? '인스턴스 재시작을 요청했습니다.' : `새 인스턴스 ${restarted}(으)로 재시작했습니다.`,
          );
        },
      );
    });

    const closeButton = h('button', { type: 'button', class: 'krds-btn tertiary small' }, '상세 닫기');
    closeButton.addEventListener('click', () => {
      detailHost.replaceChildren();
      clearMessages(detailStatus);
      tbody.querySelector<HTMLButtonElement>('button')?.focus();
    });

    const history = wf.history ?? [];
    const section: HTMLElement = h(
      'section',
      { class: 'lofin-panel', 'aria-labelledby': 'wf-detail-title', 'data-testid': 'workflow-detail' },
      h(
        'h2',
        { id: 'wf-detail-title', class: 'section-title', tabindex: -1 },
        '인스턴스 상세: ',
        h('span', { class: 'lofin-code' }, wf.instanceId),
      ),
      detailAlerts,
      h(
        'dl',
        { class: 'lofin-dl' },
        h('dt', {}, '유형'),
        h('dd', {}, wf.workflowType),
        h('dt', {}, '상태'),
        h('dd', {}, statusBadge(wf.status)),
        h('dt', {}, '생성 시각'),
        h('dd', {}, timeElement(wf.createdAt)),
        h('dt', {}, '최근 갱신 시각'),
        h('dd', {}, timeElement(wf.lastUpdatedAt)),
        h('dt', {}, '사용자 지정 상태'),
        h('dd', { class: 'lofin-code' }, compactJson(wf.customStatus)),
      ),
      h('h3', { class: 'lofin-subtitle' }, '입력'),
      h('pre', { class: 'lofin-pre' }, toJson(wf.input) || '(없음)'),
      h('h3', { class: 'lofin-subtitle' }, '출력'),
      h('pre', { class: 'lofin-pre' }, toJson(wf.output) || '(없음)'),
      h('h3', { class: 'lofin-subtitle' }, '실행 이력'),
      tableWrap(
        h(
          'table',
          { class: 'tbl col data' },
          h('caption', {}, `실행 이력 ${formatCount(history.length)}건 (순번 순)`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['순번', '시각', '이벤트 유형', '이름', '원인', '데이터'].map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            history.length
              ? history.map((e) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, String(e.sequence)),
                    h('td', {}, timeElement(e.timestamp)),
                    h('td', {}, e.eventType),
                    h('td', {}, e.name ?? '-'),
                    h('td', {}, e.cause ?? '-'),
                    h('td', { class: 'lofin-code' }, compactJson(e.data)),
                  ),
                )
              : h('tr', {}, h('td', { colspan: 6 }, '기록된 이력이 없습니다.')),
          ),
        ),
        '실행 이력 표',
      ),
      h(
        'section',
        { 'aria-labelledby': 'wf-actions-title' },
        h('h3', { id: 'wf-actions-title', class: 'lofin-subtitle' }, '조치'),
        raiseForm,
        terminateForm,
        h('div', { class: 'lofin-actions' }, restartButton, closeButton),
      ),
    );
    return section;
  }

  return { root, load: () => void load() };
}

function deadLetterPanel(base: string) {
  const alerts = h('div', { class: 'lofin-alerts' });
  const status = h('div', { class: 'lofin-status', role: 'status', 'aria-live': 'polite' });
  const summary = h('p', { class: 'lofin-result-count' });
  const caption = h('caption', {}, '배달 실패 메시지 목록');
  const tbody = h('tbody');
  const pager = new TokenPager();
  const pagerControls = pagerButtons('dl', pager, () => void load());
  const refresh = h('button', { type: 'button', class: 'krds-btn secondary medium' }, '새로고침');
  refresh.addEventListener('click', () => {
    clearMessages(status);
    void load();
  });

  const results = h(
    'div',
    {},
    summary,
    tableWrap(
      h(
        'table',
        { class: 'tbl col data', 'data-testid': 'dead-letter-table' },
        caption,
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['메시지 ID', '큐', '시도 횟수', '마지막 오류', '배달 실패 시각', '최초 등록 시각', '조치'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        tbody,
      ),
      '배달 실패 메시지 목록 표',
    ),
    pagerControls.el,
  );

  const root = h(
    'section',
    { class: 'lofin-panel' },
    h('h2', { class: 'sr-only' }, '배달 실패 메시지'),
    h('p', {}, '여러 번 재시도해도 처리되지 않은 메시지입니다. 원인을 해결한 뒤 재처리하면 같은 메시지를 다시 보냅니다.'),
    h('div', { class: 'lofin-actions' }, refresh),
    alerts,
    status,
    results,
  );

  async function replay(letter: DeadLetter, button: HTMLButtonElement): Promise<void> {
    clearMessages(alerts, status);
    button.disabled = true;
    try {
      await withBusy(results, '재처리를 요청하는 중', () =>
        api(`${base}/dead-letters/${seg(letter.messageId)}/replay`, { method: 'POST' }),
      );
      showStatus(status, `메시지 ${letter.messageId}을(를) 다시 처리하도록 보냈습니다.`);
      await load();
      // The replayed row usually leaves the list; keep keyboard focus somewhere stable.
      refresh.focus();
    } catch (error) {
      button.disabled = false;
      showError(alerts, error);
    }
  }

  function errorCell(text: string | null): HTMLElement {
    if (!text) return h('td', {}, '-');
    if (text.length <= 120) return h('td', { class: 'lofin-code' }, text);
    return h('td', {}, h('details', {}, h('summary', {}, `${text.slice(0, 80)}…`), h('pre', { class: 'lofin-pre' }, text)));
  }

  async function load(): Promise<void> {
    clearMessages(alerts);
    const url = `${base}/dead-letters${query({ pageSize, continuationToken: pager.current })}`;
    try {
      const page = await withBusy(results, '배달 실패 메시지를 불러오는 중', () => api<Page<DeadLetter>>(url));
      pager.received(page.continuationToken);
      caption.textContent = `배달 실패 메시지 목록 (${pager.pageNumber}페이지)`;
      summary.textContent = `${pager.pageNumber}페이지: ${formatCount(page.items.length)}건${page.continuationToken ? ', 다음 페이지 있음' : ''}`;
      replaceChildren(
        tbody,
        page.items.length
          ? page.items.map((letter) => {
              const button = h(
                'button',
                { type: 'button', class: 'krds-btn small primary', 'data-testid': 'dead-letter-replay' },
                '재처리',
                srOnly(`: 메시지 ${letter.messageId}`),
              );
              button.addEventListener('click', () => void replay(letter, button));
              return h(
                'tr',
                {},
                h('th', { scope: 'row', class: 'lofin-code lofin-nowrap' }, letter.messageId),
                h('td', {}, letter.queue),
                h('td', {}, formatCount(letter.attempts)),
                errorCell(letter.lastError),
                h('td', {}, timeElement(letter.deadLetteredAt)),
                h('td', {}, timeElement(letter.enqueuedAt)),
                h('td', {}, button),
              );
            })
          : h('tr', {}, h('td', { colspan: 7 }, '배달 실패 메시지가 없습니다.')),
      );
    } catch (error) {
      pager.received(null);
      showError(alerts, error);
    }
    pagerControls.sync();
  }

  return { root, load: () => void load() };
}

const nationalTenantId = '00000';

interface TimerStatus {
  name: string;
  schedule: string;
  registered: boolean;
  nextOccurrence: string | null;
  lastRun: { scheduledAt: string; outcome: string; isPastDue: boolean; durationMs: number | null } | null;
  lastError: string | null;
}

const timerOutcomeNames: Record<string, string> = {
  Running: '실행 중',
  Succeeded: '성공',
  Failed: '실패',
  Abandoned: '중단됨',
};

/** Platform timers (NCRONTAB in Asia/Seoul): schedule, next occurrence, last run and its outcome. */
function timerPanel() {
  const alerts = h('div', { class: 'lofin-alerts' });
  const tbody = h('tbody');
  const results = h(
    'div',
    {},
    tableWrap(
      h(
        'table',
        { class: 'tbl col data', 'data-testid': 'timer-table' },
        h('caption', {}, '타이머 함수 목록'),
        h(
          'thead',
          {},
          h('tr', {}, ['함수', '일정(NCRONTAB, 서울 시각)', '다음 실행', '마지막 실행', '결과', '마지막 오류'].map((t) => h('th', { scope: 'col' }, t))),
        ),
        tbody,
      ),
      '타이머 함수 목록 표',
    ),
  );
  const root = h(
    'section',
    { class: 'lofin-panel' },
    h('h2', { class: 'sr-only' }, '타이머 함수'),
    h('p', {}, '정해진 일정에 따라 플랫폼 전체에서 한 번씩 실행되는 함수입니다. 중단된 동안 놓친 실행은 재시작 후 한 번 보충 실행됩니다.'),
    alerts,
    results,
  );

  async function load(): Promise<void> {
    clearMessages(alerts);
    try {
      const timers = await withBusy(results, '타이머 현황을 불러오는 중', () => api<TimerStatus[]>('/api/platform/timers'));
      replaceChildren(
        tbody,
        timers.length
          ? timers.map((timer) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row', class: 'lofin-code' }, timer.name, timer.registered ? null : srOnly(' (등록 해제됨)')),
                h('td', { class: 'lofin-code' }, timer.schedule),
                h('td', {}, timeElement(timer.nextOccurrence)),
                h('td', {}, timeElement(timer.lastRun?.scheduledAt ?? null)),
                h('td', {}, timer.lastRun ? `${timerOutcomeNames[timer.lastRun.outcome] ?? timer.lastRun.outcome}${timer.lastRun.isPastDue ? ' (보충 실행)' : ''}` : '실행 전'),
                h('td', { class: 'lofin-code' }, timer.lastError ?? '-'),
              ),
            )
          : h('tr', {}, h('td', { colspan: 6 }, '등록된 타이머 함수가 없습니다.')),
      );
    } catch (error) {
      showError(alerts, error);
    }
  }

  return { root, load: () => void load() };
}

void main();
