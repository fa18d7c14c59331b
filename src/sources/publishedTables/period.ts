/**
 * The period a published table covers, read from the titles of its sheets. ONS titles say 'year
 * ending March 2018' (footnotes may follow the year: 'March 20181,2,3', 'March 181,2,3'); workforce
 * titles say '30 September 2019'. One workbook's sheets name several periods (a change "compared
 * with year ending March 2011", populations since 2002): the table's period is the LATEST one any
 * title names, the period of the release. Each cell's own period stays in its column label.
 */
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAMES = MONTHS.join('|');
const YEAR_ENDING = new RegExp(`year ending (${MONTH_NAMES})\\s+(\\d{2,})`, 'gi');
const AS_AT = new RegExp(`(\\d{1,2}) (${MONTH_NAMES}),? (\\d{4})`, 'gi');

export interface TablePeriod {
  /** 'YYYY-MM-01' */
  readonly start: string;
  /** 'YYYY-MM-DD' */
  readonly end: string;
  /** As the title says it: 'year ending March 2018', '30 September 2019'. */
  readonly label: string;
}

export function periodOfTitles(titles: readonly string[]): TablePeriod | undefined {
  const found: TablePeriod[] = [];
  for (const title of titles) {
    for (const match of title.matchAll(YEAR_ENDING)) {
      const month = MONTHS.indexOf((match[1] ?? '').toLowerCase()) + 1;
      const year = yearOf(match[2] ?? '');
      if (year !== undefined) found.push(yearEnding(year, month));
    }
    for (const match of title.matchAll(AS_AT)) {
      const month = MONTHS.indexOf((match[2] ?? '').toLowerCase()) + 1;
      const day = Number(match[1]);
      const year = Number(match[3]);
      const end = `${year}-${pad(month)}-${pad(day)}`;
      found.push({
        start: `${year}-${pad(month)}-01`,
        end,
        label: `${day} ${capital(match[2] ?? '')} ${year}`,
      });
    }
  }
  return found.sort((a, b) => a.end.localeCompare(b.end)).at(-1);
}

/** '2018', '20181' (2018, note 1), '181' (2018, note 1). */
function yearOf(digits: string): number | undefined {
  if (/^(19|20)\d{2}/.test(digits) && digits.length >= 4) return Number(digits.slice(0, 4));
  if (digits.length >= 2) return 2000 + Number(digits.slice(0, 2));
  return undefined;
}

function yearEnding(year: number, month: number): TablePeriod {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const startMonth = (month % 12) + 1;
  const startYear = month === 12 ? year : year - 1;
  return {
    start: `${startYear}-${pad(startMonth)}-01`,
    end: `${year}-${pad(month)}-${pad(lastDay)}`,
    label: `year ending ${capital(MONTHS[month - 1] ?? '')} ${year}`,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
