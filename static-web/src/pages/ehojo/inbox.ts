import { approvalInbox, type ApprovalView } from '../../shared/approvals';
import type { Me } from '../../shared/auth';
import { h, replaceChildren, srOnly } from '../../shared/dom';
import { clearMessages, showError, showStatus, withBusy } from '../../shared/feedback';
import { formatCount, formatWon, timeElement } from '../../shared/format';
import { personLabel } from '../../shared/officials';
import { pagerButtons, TokenPager } from '../../shared/paging';
import { tableWrap } from '../../shared/table';
import type { Directory } from './directory';
import { badge } from './ui';

const inboxPageSize = 20;

/** 결재 대기함: documents waiting for my decision and my own returned ones, a page at a time; `open` shows one. */
export function inboxPanel(me: Me, directory: Promise<Directory>, open: (instanceId: string) => void) {
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
