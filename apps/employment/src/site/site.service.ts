import type { DataSource } from 'typeorm';
import { Site } from './site.entity';

/** The main sites (ORG-1), by name. */
export function sites(dataSource: DataSource): Promise<Site[]> {
  return dataSource.getRepository(Site).find({ order: { name: 'ASC' } });
}
