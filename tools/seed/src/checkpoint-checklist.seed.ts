import { CheckpointKind } from '@bt/domain';
import type { CheckpointChecklistItem } from '@bt/education';
import type { Random } from './random';

/** EDU-8: Region Kronoberg's checklists of the checkpoints, as the HHL's job description words them (seed 004). */
const KRONOBERG_CHECKLISTS: Record<CheckpointKind, string[]> = {
  [CheckpointKind.A]: [
    'Genomgång av regionens BT-bok inklusive checklistor och individuell utbildningsplan (IUP)',
    'Tydliggörande av ansvarsfördelning mellan BT-läkare, placeringshandledare, huvudhandledare och närmaste chef (BT-chef alt. läkarchef i grundanställning vid integrerad BT)',
  ],
  [CheckpointKind.B]: [
    'Generell avstämning runt placeringen',
    'Genomgång av ifylld checklista för placeringen samt genomförda och dokumenterade bedömningar och handledarsamtal',
    'Tydlig återkoppling till BT-läkare och placeringshandledare vid eventuellt behov av kompletterande bedömningsunderlag',
    'Placeringshandledaren intygar i slutet av placeringen vilka delmål som bedöms godkända',
  ],
  [CheckpointKind.C]: [
    'Genomgång av BT-läkarens pärm med samlad dokumentation och intyg från hela bastjänstgöringen',
    'Återkoppling till BT-läkare och BT-chef om det finns brister i underlag som gör att BT-läkaren inte bör anmälas till slutbedömning',
    'Bedömningsunderlaget är komplett och BT-läkaren bedöms uppfylla samtliga delmål: huvudhandledaren anmäler till slutbedömning av extern bedömare',
    'Socialstyrelsens Intyg om delmål i bastjänstgöringen ifyllt och signerat av huvudhandledaren inför slutbedömning (samtliga delmål)',
    'Socialstyrelsens Intyg om uppnådd baskompetens signeras av huvudhandledare och extern bedömare',
  ],
};

/** EDU-8: the checklists as configuration rows, in order per checkpoint. */
export function seedCheckpointChecklists(random: Random): CheckpointChecklistItem[] {
  return Object.values(CheckpointKind).flatMap((kind) =>
    KRONOBERG_CHECKLISTS[kind].map((text, index) => ({ id: random.uuid(), kind, position: index + 1, text })),
  );
}
