import { registerEnumType } from 'type-graphql';
import { AccessTaskKind } from '@bt/domain';

registerEnumType(AccessTaskKind, {
  name: 'AccessTaskKind',
  description: 'ACC-1–ACC-3: vad administrativt stöd ordnar före och under BT.',
  valuesConfig: {
    RECORD_ACCESS: { description: 'ACC-1: journalbehörighet beställd för en enhet BT-läkaren ska till, före BT-starten.' },
    DOOR_ACCESS: { description: 'ACC-2: passerbehörighet för en enhet, vid BT-starten.' },
    ADMINISTRATIVE_MOVE: { description: 'ACC-3: administrativ flytt till placeringens enhet (och BT-maillistan uppdaterad), före placeringen.' },
  },
});
