/**
 * Swedish personal identity numbers (personnummer) and co-ordination numbers (samordningsnummer):
 * validated by date and Luhn checksum, stored in the 12-digit form YYYYMMDD-XXXX, never used as keys,
 * and shown masked (YYYYMMDD-****) to roles that may not read them.
 */
export type PersonalIdentityNumberResult = { valid: true; normalized: string } | { valid: false; reason: string; code: PersonalIdentityNumberProblem };

/** Why a number is not valid, as a stable problem code. */
export type PersonalIdentityNumberProblem =
  'PERSONAL_IDENTITY_NUMBER_FORMAT' | 'PERSONAL_IDENTITY_NUMBER_CHECKSUM' | 'PERSONAL_IDENTITY_NUMBER_DATE' | 'PERSONAL_IDENTITY_NUMBER_IN_FUTURE';

const PATTERN = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/;

export function parsePersonalIdentityNumber(input: string, today: Date = new Date()): PersonalIdentityNumberResult {
  const match = PATTERN.exec(input.trim().replace(/\s/g, ''));
  if (!match) return { valid: false, reason: 'Personnumret ska skrivas ÅÅÅÅMMDD-XXXX.', code: 'PERSONAL_IDENTITY_NUMBER_FORMAT' };
  const [, century, yymmdd, separator, last4] = match;
  const luhnDigits = `${yymmdd}${last4}`;
  if (!luhnValid(luhnDigits)) return { valid: false, reason: 'Personnumrets kontrollsiffra stämmer inte.', code: 'PERSONAL_IDENTITY_NUMBER_CHECKSUM' };
  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  let day = Number(yymmdd.slice(4, 6));
  if (day > 60) day -= 60; // samordningsnummer
  let fullYear: number;
  if (century) {
    fullYear = Number(`${century}${yymmdd.slice(0, 2)}`);
  } else {
    const currentYear = today.getUTCFullYear();
    fullYear = currentYear - ((currentYear - yy) % 100);
    if (separator === '+') fullYear -= 100;
  }
  const date = new Date(Date.UTC(fullYear, month - 1, day));
  if (date.getUTCFullYear() !== fullYear || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { valid: false, reason: 'Personnumrets datumdel är inget giltigt datum.', code: 'PERSONAL_IDENTITY_NUMBER_DATE' };
  }
  if (date > today) return { valid: false, reason: 'Personnumrets födelsedatum ligger i framtiden.', code: 'PERSONAL_IDENTITY_NUMBER_IN_FUTURE' };
  return { valid: true, normalized: `${fullYear}${yymmdd.slice(2)}-${last4}` };
}

/** The number in its stored form YYYYMMDD-XXXX as of the day `today` (ISO), or undefined when it is not valid. */
export function normalizedPersonalIdentityNumber(input: string, today: string): string | undefined {
  const result = parsePersonalIdentityNumber(input, new Date(`${today}T12:00:00Z`));
  return result.valid ? result.normalized : undefined;
}

export function maskPersonalIdentityNumber(normalized: string): string {
  return `${normalized.slice(0, 8)}-****`;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let value = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return sum % 10 === 0;
}

/** The check digit that makes the nine digits YYMMDDNNN valid (used to generate demo numbers). */
export function luhnCheckDigit(nineDigits: string): number {
  for (let digit = 0; digit <= 9; digit += 1) {
    if (luhnValid(`${nineDigits}${digit}`)) return digit;
  }
  throw new Error('unreachable');
}
