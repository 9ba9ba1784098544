import { ApiError } from '../../shared/api';
import { startApproval, type ApprovalView } from '../../shared/approvals';
import type { Me } from '../../shared/auth';
import { h, replaceChildren } from '../../shared/dom';
import { clearMessages, showError, withBusy } from '../../shared/feedback';
import { formatCount } from '../../shared/format';
import { newClientId } from '../../shared/ids';
import { documentFields, showProblems } from './document-fields';
import { maxLineLength } from './limits';
import { linePicker } from './line-picker';
import { approvalProblemAlert, koreanDetail } from './problems';

/** 기안하기: title, amount with its 전결 hint and the 결재선; 상신 starts the line and `created` shows the document. */
export function draftPanel(me: Me, created: (view: ApprovalView, message: string) => void) {
  const heading = h('h3', { id: 'draft-title-heading', class: 'lofin-view-title', tabindex: -1 }, '기안하기');
  const alerts = h('div', { class: 'lofin-alerts', 'data-testid': 'draft-alerts' });

  // Made when the form is first shown and kept until the draft is accepted: resending after
  // a lost response or a double click names the same document, which the server starts once.
  let documentId = '';

  const fields = documentFields({
    ids: { title: 'draft-title', amount: 'draft-amount', level: 'draft-amount-level' },
    amountHint: '원 단위 정수로 입력합니다. 쉼표(,)는 넣어도 됩니다.',
    onAmount: () => picker.render(),
  });
  const picker = linePicker(me, fields.amountValue);

  const submit = h('button', { type: 'submit', id: 'draft-submit', class: 'krds-btn primary large' }, '상신');
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': heading.id, 'data-testid': 'draft-form' },
    h('div', { class: 'fieldset' }, fields.groups, picker.el),
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

  let initialised = false;
  async function init(): Promise<void> {
    if (initialised) return;
    initialised = true;
    documentId ||= newClientId('doc-');
    fields.update();
    if (!(await picker.load(init))) initialised = false;
  }

  function reset(): void {
    fields.title.value = '';
    fields.amount.value = '';
    documentId = newClientId('doc-');
    fields.clearErrors();
    picker.clear();
    fields.update();
  }

  let sending = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    clearMessages(alerts);
    fields.clearErrors();
    picker.setError(null);

    const { title, amount, problems } = fields.check();
    const line = picker.members;
    if (line.length === 0) problems.push({ focus: picker.control, set: () => picker.setError('결재선에 결재자를 한 명 이상 추가해 주세요.') });
    else if (line.length > maxLineLength) {
      problems.push({ focus: picker.control, set: () => picker.setError(`결재선에는 ${maxLineLength}명까지 지정할 수 있습니다.`) });
    }
    if (showProblems(problems)) return;
    if (amount.value !== null) fields.amount.value = formatCount(amount.value);
    void send({ documentId, title, amountWon: amount.value!, line: line.map((p) => p.id) });
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
        for (const [key, messages] of Object.entries(error.problem.errors ?? {})) {
          const text = messages.join(' ');
          if (!fields.markError(key, text) && (key === 'line' || key.startsWith('line['))) picker.setError(text);
        }
        const alert = approvalProblemAlert(error);
        if (error.status === 422) {
          picker.setError(koreanDetail(error.problem).detail ?? '결재선을 확인해 주세요.');
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
