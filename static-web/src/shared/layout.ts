import './theme.css';
import { signInHref, signOut, type Me } from './auth';
import { h, replaceChildren, srOnly } from './dom';
import { opsPortal, portals, type PortalId } from './portals';

export type PageId = PortalId | 'home' | 'signin' | 'ops';

export interface Chrome {
  /** The header's signed-in area. */
  userArea: HTMLElement;
}

function pageTitle(page: PageId): string | null {
  if (page === 'ops') return opsPortal.name;
  if (page === 'signin') return '시연용 로그인';
  if (page === 'home') return null;
  return portals.find((p) => p.id === page)?.name ?? null;
}

function homeOf(page: PageId): string {
  if (page === 'ops') return opsPortal.path;
  return portals.find((p) => p.id === page)?.path ?? '/';
}

/**
 * Fills the static `<header id="krds-header">` and `<footer id="krds-footer">` landmarks
 * with KRDS header/footer markup. The landmarks, skip link and h1 are in the HTML itself
 * so the page outline exists before any script runs.
 */
export function renderChrome(page: PageId): Chrome {
  const header = document.getElementById('krds-header');
  const footer = document.getElementById('krds-footer');
  if (!header || !footer) throw new Error('page is missing #krds-header or #krds-footer');

  const title = pageTitle(page);
  const userArea = h('div', { class: 'header-actions lofin-user', id: 'user-area' });

  const utility = h(
    'div',
    { class: 'header-utility' },
    h(
      'ul',
      { class: 'utility-list' },
      h('li', {}, h('a', { href: '/', class: 'krds-btn small text' }, 'LoFin 소개')),
      h('li', {}, h('a', { href: opsPortal.path, class: 'krds-btn small text' }, opsPortal.name)),
    ),
  );

  const branding = h(
    'div',
    { class: 'header-branding' },
    h(
      'p',
      { class: 'logo lofin-logo' },
      h('a', { href: homeOf(page) }, h('span', { class: 'brand' }, 'LoFin'), title ? h('span', {}, title) : null),
    ),
    userArea,
  );

  const menu = h(
    'nav',
    { class: 'krds-main-menu', 'aria-label': '서비스 바로가기' },
    h(
      'div',
      { class: 'inner' },
      h(
        'ul',
        { class: 'gnb-menu' },
        portals.map((p) =>
          h(
            'li',
            {},
            h(
              'a',
              {
                href: p.path,
                class: `gnb-main-trigger is-link${p.id === page ? ' active' : ''}`,
                'aria-current': p.id === page ? 'page' : null,
              },
              p.name,
            ),
          ),
        ),
      ),
    ),
  );

  replaceChildren(
    header,
    h('div', { class: 'header-in' }, h('div', { class: 'header-container' }, h('div', { class: 'inner' }, utility, branding)), menu),
  );

  replaceChildren(
    footer,
    h(
      'div',
      { class: 'inner lofin-foot' },
      h('p', {}, h('strong', {}, 'LoFin'), ' — 차세대 지방재정관리시스템 공개 구현'),
      h('p', {}, '이 누리집은 공개 소프트웨어 시연용이며, 대한민국 공식 전자정부 누리집이 아닙니다.'),
      h(
        'p',
        { class: 'f-menu' },
        h('a', { href: '/' }, 'LoFin 소개'),
        h('a', { href: '/open/' }, '지방재정365'),
        h('a', { href: '/signin/' }, '시연용 로그인'),
        h('a', { href: opsPortal.path }, opsPortal.name),
      ),
    ),
  );

  return { userArea };
}

export function showUserLoading(userArea: HTMLElement): void {
  replaceChildren(userArea, h('div', { class: 'krds-spinner lofin-busy', role: 'status' }, '로그인 정보 확인 중…'));
}

/** Who is signed in, for which local government; the test ids are what e2e tests read. */
export function showSignedIn(userArea: HTMLElement, me: Me): void {
  const roles = me.roleNames.length ? me.roleNames.join(', ') : null;
  replaceChildren(
    userArea,
    h(
      'p',
      { class: 'who' },
      srOnly('로그인 정보: '),
      h('span', { class: 'krds-badge bg-light-primary', 'data-testid': 'tenant-name' }, me.tenantName),
      h('span', {}, h('strong', { 'data-testid': 'user-name' }, me.name), '님'),
      roles ? h('span', { 'data-testid': 'user-roles' }, `(${roles})`) : null,
    ),
    h('button', { type: 'button', class: 'krds-btn small secondary', 'data-testid': 'sign-out', onclick: signOut }, '로그아웃'),
  );
}

export function showSignedOut(userArea: HTMLElement): void {
  replaceChildren(userArea, h('a', { href: signInHref(), class: 'krds-btn small secondary' }, '로그인'));
}

/** KRDS breadcrumb above the page title; the last item is the current page. */
export function renderBreadcrumb(trail: { label: string; href: string }[]): void {
  const head = document.querySelector('.page-head');
  if (!head) return;
  const nav = h(
    'nav',
    { class: 'krds-breadcrumb-wrap', 'aria-label': '현재 위치' },
    h(
      'ol',
      { class: 'breadcrumb' },
      h('li', { class: 'home' }, h('a', { href: '/', class: 'txt' }, '홈')),
      trail.map((item, i) =>
        h('li', {}, h('a', { href: item.href, class: 'txt', 'aria-current': i === trail.length - 1 ? 'page' : null }, item.label)),
      ),
    ),
  );
  head.before(nav);
}
