export { alignEvidence, type Alignment } from './align.js';
export { groundEvents, normalizeDrugNames, normalizeBiomarkerName, type GroundOptions, type Grounded } from './ground.js';
