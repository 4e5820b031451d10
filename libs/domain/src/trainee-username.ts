/** A user name made of plain letters: "Åsa Öberg" → "asa.oberg". */
export function usernameFor(given: string, family: string): string {
  return `${given}.${family}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z.]/g, '');
}

/** A trainee's user name: "bt-" and the plain name, numbered from 2 when it is taken ("bt-ida.olsson2"). */
export function traineeUsername(given: string, family: string, taken: ReadonlySet<string>): string {
  const base = `bt-${usernameFor(given, family)}`;
  let username = base;
  for (let n = 2; taken.has(username); n += 1) username = `${base}${n}`;
  return username;
}
