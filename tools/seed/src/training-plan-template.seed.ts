import { placementLocation, PlacementKind, SiteCode, UnitKind } from '@bt/domain';
import type { Site, Unit } from '@bt/employment';
import type { TrainingPlanTemplate, TrainingPlanTemplatePlacement } from '@bt/education';

export interface TrainingPlanTemplateData {
  trainingPlanTemplates: TrainingPlanTemplate[];
  trainingPlanTemplatePlacements: TrainingPlanTemplatePlacement[];
}

/** EDU-1: Kronoberg's order and months (the summer vacation is placed by ABS-4, not in the order). */
const KRONOBERG_ORDER: [PlacementKind, number][] = [
  [PlacementKind.INTRODUCTION, 1],
  [PlacementKind.INTERNAL_MEDICINE, 2],
  [PlacementKind.SURGERY, 2],
  [PlacementKind.PSYCHIATRY, 2],
  [PlacementKind.PRIMARY_CARE, 4],
];

/** ABS-4: four consecutive weeks from the first Monday of July (ISO week 27). */
const SUMMER_VACATION = { summerVacationStartWeek: 27, summerVacationWeeks: 4 };

/**
 * Region Kronoberg's template of the training plan per main site (configuration, not code): EDU-1's
 * order and months, at EDU-2's units — inpatient care at the main site, psychiatry in Växjö, primary
 * care at the site's first vårdcentral in its part of the region (the director of studies changes it per trainee).
 */
export function seedTrainingPlanTemplates(sites: readonly Site[], units: readonly Unit[]): TrainingPlanTemplateData {
  const siteId = (code: SiteCode) => sites.find((site) => site.code === code)!.id;
  const data: TrainingPlanTemplateData = { trainingPlanTemplates: [], trainingPlanTemplatePlacements: [] };
  for (const siteCode of [SiteCode.VAXJO, SiteCode.LJUNGBY]) {
    data.trainingPlanTemplates.push({ siteCode, ...SUMMER_VACATION });
    KRONOBERG_ORDER.forEach(([kind, months], index) => {
      const location = placementLocation(kind, siteCode);
      const unit = units.find(
        (u) =>
          u.kind === location.unitKind &&
          u.siteId === siteId(location.site) &&
          (location.unitKind !== UnitKind.PRIMARY_CARE || u.regionPart === location.regionPart),
      )!;
      data.trainingPlanTemplatePlacements.push({ siteCode, position: index + 1, kind, months, unitId: unit.id });
    });
  }
  return data;
}
