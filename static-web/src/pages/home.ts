import { optionalSignIn } from '../shared/auth';
import { byId, h, replaceChildren } from '../shared/dom';
import { showError } from '../shared/feedback';
import { renderChrome, showSignedIn, showSignedOut, showUserLoading } from '../shared/layout';
import { portals } from '../shared/portals';

const { userArea } = renderChrome('home');

replaceChildren(
  byId('portal-list'),
  portals.map((p) =>
    h('li', {}, h('a', { href: p.path }, h('span', { class: 'portal-name' }, p.name), h('span', { class: 'portal-desc' }, p.description))),
  ),
);

showUserLoading(userArea);
optionalSignIn().then(
  (me) => (me ? showSignedIn(userArea, me) : showSignedOut(userArea)),
  (error: unknown) => {
    showSignedOut(userArea);
    showError(byId('alerts'), error);
  },
);
