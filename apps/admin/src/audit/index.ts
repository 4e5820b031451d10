export { AuditList } from './audit-list';
