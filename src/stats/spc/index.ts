/** The public API of SPC: compute a chart's figures, and name its results the package's way. */
export {
  assuranceIcon,
  assuranceType,
  pointType,
  ptdSpecialCauseLabel,
  spcDirection,
  specialCauseSign,
  variationIcon,
} from './classify.js';
export { accurateMean, CLOSE_FACTOR, groupLimits, LIMIT_FACTOR, SCREEN_FACTOR } from './limits.js';
export { computeSpc, SHORT_GROUP_THRESHOLD } from './spc.js';
export type {
  AssuranceIcon,
  AssuranceType,
  ImprovementDirection,
  PointType,
  ResolvedSpcOptions,
  SpcGroupSummary,
  SpcInputPoint,
  SpcOptions,
  SpcPoint,
  SpcResult,
  SpcRule,
  SpcSignal,
  SpecialCauseType,
  VariationIcon,
} from './types.js';
export { DEFAULT_SPC_OPTIONS, MIN_BASELINE_POINTS, MIN_RUN_LENGTH } from './validate.js';
