import { optionalSignIn, requireSignIn, type Me } from './auth';
import { byId, h, replaceChildren } from './dom';
import { showError, withBusy } from './feedback';
import { renderBreadcrumb, renderChrome, showSignedIn, showSignedOut, showUserLoading } from './layout';
import { portalById, type Portal, type PortalId } from './portals';

export interface PortalPage {
  portal: Portal;
  me: Me | null;
  /** The `<main>` content container. */
  content: HTMLElement;
  alerts: HTMLElement;
}

/**
 * The common start of a portal home: header, sign-in check, breadcrumb and the
 * "준비 중인 기능" placeholder. Public portals (`signIn: 'optional'`) render for anyone.
 */
export async function startPortalHome(id: PortalId, signIn: 'required' | 'optional' = 'required'): Promise<PortalPage | null> {
  const portal = portalById(id);
  const { userArea } = renderChrome(id);
  renderBreadcrumb([{ label: portal.name, href: portal.path }]);
  const content = byId('content');
  const alerts = byId('alerts');

  showUserLoading(userArea);
  let me: Me | null;
  try {
    me = await withBusy(content, '로그인 정보를 확인하는 중', () => (signIn === 'required' ? requireSignIn() : optionalSignIn()));
  } catch (error) {
    showSignedOut(userArea);
    showError(alerts, error);
    // A public portal still works when the sign-in check fails; a private one has nothing to show.
    if (signIn === 'required') return null;
    me = null;
  }
  if (me) showSignedIn(userArea, me);
  else showSignedOut(userArea);

  replaceChildren(content, me ? welcome(me) : null, upcomingSection(portal));
  return { portal, me, content, alerts };
}

function welcome(me: Me): HTMLElement {
  return h(
    'section',
    { class: 'lofin-panel', 'aria-labelledby': 'welcome-title' },
    h('h2', { id: 'welcome-title', class: 'section-title' }, '로그인 정보'),
    h('p', {}, `${me.tenantName} 소속 ${me.name}님${me.roleNames.length ? `(${me.roleNames.join(', ')})` : ''}으로 로그인했습니다.`),
  );
}

export function upcomingSection(portal: Portal): HTMLElement {
  return h(
    'section',
    { class: 'lofin-panel', 'aria-labelledby': 'upcoming-title' },
    h('h2', { id: 'upcoming-title', class: 'section-title' }, '준비 중인 기능'),
    h('p', {}, `아래 기능은 아직 구현되지 않았습니다. 구현되는 대로 ${portal.name}에서 이용할 수 있습니다.`),
    h(
      'ul',
      { class: 'krds-info-list lofin-list' },
      portal.upcoming.map((item) => h('li', {}, item)),
    ),
  );
}
