import { api, ApiError } from '../shared/api';
import { safeReturnUrl, setToken } from '../shared/auth';
import { byId, h, replaceChildren, uniqueId } from '../shared/dom';
import { showError, withBusy } from '../shared/feedback';
import { renderBreadcrumb, renderChrome } from '../shared/layout';
import { homePathForService, portals } from '../shared/portals';

/** `GET /api/dev/users`: the local issuer's demo users. */
interface DevUser {
  id: string;
  name: string;
  tenantId: string;
  tenantName: string;
  service: string;
  roles: string[];
  roleNames: string[];
}

renderChrome('signin');
renderBreadcrumb([{ label: '시연용 로그인', href: '/signin/' }]);
const content = byId('content');
const alerts = byId('alerts');
const returnUrl = safeReturnUrl(new URLSearchParams(window.location.search).get('returnUrl'));

async function main(): Promise<void> {
  let users: DevUser[];
  try {
    users = await withBusy(content, '시연 사용자 목록을 불러오는 중', () => api<DevUser[]>('/api/dev/users', { auth: false }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      // The endpoint exists only when the app runs with its local demo issuer.
      replaceChildren(
        alerts,
        h(
          'div',
          { class: 'lofin-alert information', role: 'alert', 'data-testid': 'signin-disabled' },
          h('p', { class: 'alert-title' }, '시연용 로그인을 사용할 수 없습니다'),
          h('p', {}, '로컬 모드가 아닙니다. 시연 사용자 로그인은 로컬 모드로 실행할 때만 제공됩니다.'),
        ),
      );
    } else {
      showError(alerts, error, { signInOn401: false });
    }
    return;
  }

  if (users.length === 0) {
    replaceChildren(content, h('p', { class: 'lofin-alert information', role: 'status' }, '등록된 시연 사용자가 없습니다.'));
    return;
  }
  replaceChildren(content, signInForm(users));
}

function serviceName(service: string): string {
  if (service === 'ops') return '운영 모니터';
  return portals.find((p) => p.id === service)?.name ?? service;
}

function signInForm(users: DevUser[]): HTMLElement {
  const byTenant = new Map<string, DevUser[]>();
  for (const user of [...users].sort((a, b) => a.tenantId.localeCompare(b.tenantId))) {
    const group = byTenant.get(user.tenantId) ?? [];
    group.push(user);
    byTenant.set(user.tenantId, group);
  }

  const tenantSelect = h(
    'select',
    { id: 'signin-tenant', class: 'krds-form-select completed', 'aria-describedby': 'signin-tenant-hint' },
    [...byTenant.values()].map((group) => h('option', { value: group[0]!.tenantId }, `${group[0]!.tenantName} (${group.length}명)`)),
  );
  const userList = h('div', { class: 'krds-check-area chk-column', id: 'signin-users' });
  const userError = h('p', { class: 'form-hint-invalid', id: 'signin-user-error', hidden: true });
  const submit = h('button', { type: 'submit', id: 'signin-submit', class: 'krds-btn primary large' }, '로그인');

  const renderUsers = () => {
    const group = byTenant.get(tenantSelect.value) ?? [];
    replaceChildren(
      userList,
      group.map((user, index) => {
        const inputId = uniqueId('signin-user');
        const descId = `${inputId}-desc`;
        const roles = user.roleNames.length ? user.roleNames.join(', ') : '역할 없음';
        return h(
          'div',
          { class: 'krds-form-check' },
          h('input', { type: 'radio', name: 'user', id: inputId, value: user.id, checked: index === 0, 'aria-describedby': descId }),
          h('label', { for: inputId }, user.name),
          h(
            'div',
            { class: 'krds-form-check-cnt' },
            h('p', { class: 'krds-form-check-p', id: descId }, `${roles} · ${serviceName(user.service)}`),
          ),
        );
      }),
    );
    userError.hidden = true;
  };
  tenantSelect.addEventListener('change', renderUsers);
  renderUsers();

  const form = h(
    'form',
    { class: 'lofin-panel', novalidate: true, 'aria-labelledby': 'signin-form-title' },
    h('h2', { id: 'signin-form-title', class: 'section-title' }, '시연 사용자 선택'),
    returnUrl ? h('p', { class: 'lofin-alert information' }, `로그인하면 보던 화면(${returnUrl})으로 돌아갑니다.`) : null,
    h(
      'div',
      { class: 'fieldset' },
      h(
        'div',
        { class: 'form-group' },
        h('div', { class: 'form-tit' }, h('label', { for: 'signin-tenant' }, '지방자치단체')),
        h('div', { class: 'form-conts' }, tenantSelect),
        h('p', { class: 'form-hint', id: 'signin-tenant-hint' }, '기관을 고르면 그 기관의 시연 사용자가 아래에 나옵니다.'),
      ),
      h(
        'fieldset',
        { class: 'form-group', 'aria-describedby': 'signin-user-error' },
        h('legend', { class: 'form-tit lofin-legend' }, '사용자 (이름, 역할 · 이동할 서비스)'),
        h('div', { class: 'form-conts' }, userList),
        userError,
      ),
    ),
    h('div', { class: 'lofin-actions' }, submit),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = userList.querySelector<HTMLInputElement>('input[name="user"]:checked');
    const user = users.find((u) => u.id === chosen?.value);
    if (!user) {
      userError.textContent = '로그인할 사용자를 선택해 주세요.';
      userError.hidden = false;
      userList.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    void signIn(user, form, submit);
  });
  return form;
}

async function signIn(user: DevUser, form: HTMLElement, submit: HTMLButtonElement): Promise<void> {
  alerts.replaceChildren();
  submit.disabled = true;
  try {
    const { accessToken } = await withBusy(form, '로그인하는 중', () =>
      api<{ accessToken: string }>('/api/dev/token', { method: 'POST', body: { user: user.id }, auth: false }),
    );
    setToken(accessToken);
    window.location.assign(returnUrl ?? homePathForService(user.service));
  } catch (error) {
    submit.disabled = false;
    showError(alerts, error, { signInOn401: false });
  }
}

void main();
