import { api } from '../shared/api';
import { h, replaceChildren } from '../shared/dom';
import { showError, withBusy } from '../shared/feedback';
import { formatCount } from '../shared/format';
import { renderPagination } from '../shared/pagination';
import { tableWrap } from '../shared/table';
import { startPortalHome } from '../shared/portal-home';

/** `GET /api/public/tenants`. */
interface Tenant {
  tenantId: string;
  name: string;
  level: string;
  kind: string;
  parentCode: string | null;
}

const pageSize = 20;

async function main(): Promise<void> {
  const page = await startPortalHome('open', 'optional');
  if (!page) return;

  const section = tenantSection();
  page.content.insertBefore(section.root, page.content.lastElementChild);

  try {
    const tenants = await withBusy(section.root, '자치단체 목록을 불러오는 중', () =>
      api<Tenant[]>('/api/public/tenants', { auth: false }),
    );
    section.show(tenants);
  } catch (error) {
    showError(section.alerts, error);
  }
}

function tenantSection() {
  const searchId = 'tenant-search';
  const search = h('input', {
    type: 'search',
    id: searchId,
    class: 'krds-input',
    placeholder: '예: 서울, 수원시',
    autocomplete: 'off',
    'aria-describedby': `${searchId}-hint`,
  });
  const alerts = h('div', { class: 'lofin-alerts' });
  const count = h('p', { class: 'lofin-result-count', role: 'status', 'aria-live': 'polite' });
  const tbody = h('tbody');
  const pager = h('div');
  const root = h(
    'section',
    { class: 'lofin-panel', 'aria-labelledby': 'tenants-title' },
    h('h2', { id: 'tenants-title', class: 'section-title' }, '지방자치단체'),
    h(
      'form',
      { role: 'search', class: 'lofin-toolbar', onsubmit: (e: Event) => e.preventDefault() },
      h(
        'div',
        { class: 'form-group grow' },
        h('div', { class: 'form-tit' }, h('label', { for: searchId }, '자치단체명 검색')),
        h('div', { class: 'form-conts' }, search),
        h('p', { class: 'form-hint', id: `${searchId}-hint` }, '입력하는 대로 목록이 걸러집니다.'),
      ),
    ),
    alerts,
    count,
    tableWrap(
      h(
        'table',
        { class: 'tbl col data' },
        h('caption', {}, '지방자치단체 목록: 자치단체 코드, 이름, 구분, 유형, 상위 자치단체'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, '코드'),
            h('th', { scope: 'col' }, '자치단체명'),
            h('th', { scope: 'col' }, '구분'),
            h('th', { scope: 'col' }, '유형'),
            h('th', { scope: 'col' }, '상위 자치단체'),
          ),
        ),
        tbody,
      ),
      '지방자치단체 목록 표',
    ),
    pager,
  );

  let all: Tenant[] = [];
  let names = new Map<string, string>();
  let current = 1;

  const render = () => {
    const term = search.value.trim();
    const matches = term ? all.filter((t) => t.name.includes(term)) : all;
    const pageCount = Math.max(1, Math.ceil(matches.length / pageSize));
    current = Math.min(current, pageCount);
    const rows = matches.slice((current - 1) * pageSize, current * pageSize);

    count.textContent = term
      ? `'${term}' 검색 결과 ${formatCount(matches.length)}곳 (전체 ${formatCount(all.length)}곳)`
      : `전체 ${formatCount(all.length)}곳`;
    if (matches.length > pageSize) count.textContent += `, ${current}/${pageCount} 페이지`;

    replaceChildren(
      tbody,
      rows.length
        ? rows.map((t) =>
            h(
              'tr',
              {},
              h('td', {}, t.tenantId),
              h('th', { scope: 'row' }, t.name),
              h('td', {}, t.level),
              h('td', {}, t.kind),
              h('td', {}, t.parentCode ? (names.get(t.parentCode) ?? t.parentCode) : '-'),
            ),
          )
        : h('tr', {}, h('td', { colspan: 5 }, '검색어와 일치하는 자치단체가 없습니다.')),
    );
    renderPagination(pager, {
      page: current,
      pageCount,
      label: '자치단체 목록 페이지',
      onChange: (p) => {
        current = p;
        render();
      },
    });
  };

  search.addEventListener('input', () => {
    current = 1;
    render();
  });

  return {
    root,
    alerts,
    show(tenants: Tenant[]) {
      all = tenants;
      names = new Map(tenants.map((t) => [t.tenantId, t.name]));
      render();
    },
  };
}

void main();
