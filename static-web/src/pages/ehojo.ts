import { h, replaceChildren } from '../shared/dom';
import { startPortalHome, upcomingSection } from '../shared/portal-home';
import { tabs } from '../shared/tabs';
import { detailView } from './ehojo/detail';
import { loadDirectory } from './ehojo/directory';
import { draftPanel } from './ehojo/draft';
import { inboxPanel } from './ehojo/inbox';

/**
 * e호조+ home: 전자결재. Three views addressed by the URL fragment so the back button and
 * links work: `#inbox` (결재 대기함, the default), `#draft` (기안하기) and `#doc/<instanceId>`
 * (문서 상세). Moving between them puts keyboard focus on the new view's heading.
 * Each view is its own module under `./ehojo/`; this entry starts the page and routes between them.
 */

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

void main();
