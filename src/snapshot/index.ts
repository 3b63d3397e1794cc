export { unitSchema, type Unit, type UnitInput } from './unitSchema';
export { countySchema, type CountyFigures } from './countySchema';
export { snapshotSchema, LONGCHUAN_CODE, MAX_UNITS, type Snapshot, type SnapshotInput } from './snapshotSchema';
export { safeParseSnapshot, type SnapshotParseResult, type RejectedUnit } from './safeParseSnapshot';
export { parseSnapshot } from './parseSnapshot';
export { SnapshotError } from './SnapshotError';
export { formatIssue, formatPath, type PlanIssue } from './PlanIssue';
export { snapshotJsonSchema } from './snapshotJsonSchema';
export { classifyUnit, type ClassifyBy } from './classifyUnit';
