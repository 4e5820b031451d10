import type { Page } from 'playwright-core';

/**
 * HR fills in the round page's "Lägg ut intervjutider" (REC-6): room and who of the interview panel
 * sits in (other choices as they are, or as given), shows the times and returns how many are shown.
 */
export async function previewSlots(page: Page, plan: { room: string; panel: readonly string[]; lunchStart?: string; lunchMinutes?: string }): Promise<number> {
  const planner = page.locator('[data-slot-planner]');
  await planner.getByLabel('Lokal').fill(plan.room);
  for (const name of plan.panel) await planner.locator('[data-slot-panel]').getByLabel(name).check();
  if (plan.lunchStart) await planner.getByLabel('Lunchen börjar').fill(plan.lunchStart);
  if (plan.lunchMinutes) await planner.getByLabel('Lunchens längd (minuter)').fill(plan.lunchMinutes);
  await planner.getByRole('button', { name: 'Visa tiderna' }).click();
  await planner.locator('[data-slot-preview]').waitFor();
  return planner.locator('[data-slot-preview] tbody tr').count();
}
