const wonFormat = new Intl.NumberFormat('ko-KR');

/** 1234000 → "1,234,000원". */
export function formatWon(amount: number | bigint): string {
  // Money is whole won (KRW has no minor unit): a fraction here is a bug upstream, not a rounding choice.
  if (typeof amount === 'number' && !Number.isSafeInteger(amount)) {
    throw new RangeError(`금액은 원 단위 정수여야 합니다: ${amount}`);
  }
  return `${wonFormat.format(amount)}원`;
}

export function formatCount(n: number): string {
  return wonFormat.format(n);
}

const seoulParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parts(value: string | Date): Record<string, string> | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const out: Record<string, string> = {};
  for (const p of seoulParts.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** An instant shown as Seoul wall time: "2025-03-04 14:05:06". Instants are UTC on the wire. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '-';
  const p = parts(value);
  if (!p) return String(value);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** The Seoul business date of an instant: "2025-03-04". */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '-';
  const p = parts(value);
  if (!p) return String(value);
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * A Seoul calendar day (from `<input type="date">`) as the instant bounds of that day,
 * so the API filters on the day a Korean official means, whatever the server's zone.
 */
export function seoulDayStart(day: string): string {
  return `${day}T00:00:00.000+09:00`;
}
export function seoulDayEnd(day: string): string {
  return `${day}T23:59:59.999+09:00`;
}

/** A `<time>` element carrying the machine-readable instant. */
export function timeElement(value: string | null | undefined): HTMLTimeElement | Text {
  if (!value) return document.createTextNode('-');
  const el = document.createElement('time');
  el.dateTime = value;
  el.textContent = formatDateTime(value);
  return el;
}

/** Pretty JSON for display; null and undefined (no input or output yet) show as empty. */
export function toJson(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

/**
 * Money in Korean units, as people read a long number aloud: 5000000 → "500만원",
 * 123456789 → "1억 2,345만 6,789원". Helps catch a zero too many or too few.
 */
export function formatWonInUnits(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) return formatWon(amount);
  if (amount === 0) return '0원';
  const units = ['', '만', '억', '조', '경'];
  const groups: string[] = [];
  let rest = amount;
  for (let i = 0; rest > 0 && i < units.length; i++) {
    const part = i === units.length - 1 ? rest : rest % 10_000;
    if (part > 0) groups.unshift(`${wonFormat.format(part)}${units[i]}`);
    rest = i === units.length - 1 ? 0 : Math.floor(rest / 10_000);
  }
  return `${groups.join(' ')}원`;
}
