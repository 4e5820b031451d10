export { UnitList } from './unit-list';
export { UnitShow } from './unit-show';
export { UnitEdit } from './unit-edit';
