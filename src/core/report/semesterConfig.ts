/** The plan's configuration with the cut-off a semester's informe is measured at (`semesterCutoffIndex`). */
import { PlanConfig } from "../plan/PlanConfig";
import { Semester } from "./ManagementReport";
import { semesterCutoffIndex } from "./semesterCutoffIndex";

export function semesterConfig(config: PlanConfig, semester: Semester): PlanConfig {
  const { index } = semesterCutoffIndex(config.periodLabels.length, semester);
  return { ...config, cutoffIndex: index, cutoffLabel: config.periodLabels[index] };
}
