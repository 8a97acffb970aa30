export {
  localDay,
  addDays,
  weekStartOfDay,
  localWeekStart,
  startOfLocalDay,
  isStartOfLocalDay,
  offsetAt,
  DAY_MS,
} from "./zone";
export { periodToDays, isDayAligned, type Period, type DayRange } from "./period";
