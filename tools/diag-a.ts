import { buildSeedData } from './seed/src/seed-data';
const d = buildSeedData();
const today = '2026-11-22';
const unit = (id: string) => d.units.find((u) => u.id === id)!;
const person = (id: string | null) => d.people.find((p) => p.id === id)?.username;
for (const t of d.trainees.filter((t) => t.employmentStart <= today && t.employmentEnd >= today)) {
  const ps = d.placements.filter((p) => p.traineeId === t.id).sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  const cur = ps.find((p) => p.startDate <= today && p.endDate >= today);
  const main = d.mainSupervisions.filter((m) => m.traineeId === t.id).map((m) => person(m.supervisorId));
  console.log(t.username, t.employmentStart, t.employmentEnd, d.sites.find((s) => s.id === t.siteId)!.name, '| now:', cur && unit(cur.unitId).name, cur && person(unit(cur.unitId).headOfUnitId), cur && person(cur.clinicalSupervisorId), cur?.startDate, cur?.endDate, '| main', main.join(','));
  console.log('   ', ps.map((p) => `${unit(p.unitId).name.slice(0, 14)} ${p.startDate}..${p.endDate}`).join(' ; '));
}
