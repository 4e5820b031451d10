import { Field, ID, ObjectType } from 'type-graphql';
import { Permission, PermissionScope, Role } from '@bt/auth';

@ObjectType({ description: 'En behörighet den inloggade har, och hur långt den räcker.' })
export class ViewerPermission {
  @Field(() => Permission)
  permission: Permission;

  @Field(() => PermissionScope)
  scope: PermissionScope;

  @Field(() => ID, { nullable: true, description: 'Huvudorten, när behörigheten bara gäller den egna (OWN_SITE).' })
  siteId?: string;
}

@ObjectType('Viewer', { description: 'Den inloggade: vem det är, roller och behörigheter enligt behörighetstabellen.' })
export class SignedInViewer {
  @Field(() => ID, { description: 'Personens id (personal) eller BT-läkarens id.' })
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => String)
  name: string;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => ID, { nullable: true, description: 'Huvudorten personen hör till.' })
  siteId?: string;

  @Field(() => ID, { nullable: true, description: 'Satt när den inloggade är BT-läkare: BT-läkarens id.' })
  traineeId?: string;

  @Field(() => [ViewerPermission], { description: 'Varje behörighet den inloggade har, med omfattning.' })
  permissions: ViewerPermission[];
}
