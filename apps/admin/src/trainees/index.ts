export { TraineeList } from './trainee-list';
export { TraineeShow } from './trainee-show';
export { TraineeEdit } from './trainee-edit';
