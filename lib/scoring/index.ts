// The pure scoring core: no database, no framework.
export * from "./types";
export { emptySums, answerSums, addSums, addAnswer, SUM_KEYS } from "./sums";
export { scoresFromSums, round3, isShowable, MIN_ANSWERS, K_SHRINK } from "./scores";
export { computeScores, type ScoringInput } from "./compute";
export { readImpact, isClear, type ImpactClarity, type ImpactReading, type ImpactMetric } from "./clarity";
