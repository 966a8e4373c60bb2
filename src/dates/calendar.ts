// Calendar arithmetic on plain year/month/day numbers (no time zone involved).

export interface DateValue {
  day?: number;
  /** 1–12 */
  month: number;
  year?: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the day exists in that month (29 February only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Two-digit years in running text are read as 19xx or 20xx, whichever is within 50 years of 2000+xx. */
export function fullYear(year: number, digits: number): number {
  if (digits > 2) return year;
  return year <= 69 ? 2000 + year : 1900 + year;
}
