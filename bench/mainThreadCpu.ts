/**
 * CPU time of the pane's main thread from navigation start to a user-timing mark, from a Chromium trace: the sum of
 * the thread's top-level tasks' thread time (`tdur`). Unlike wall time it barely moves when other processes share
 * the machine, so two builds can be compared on a loaded machine (`npm run bench -- --pane`).
 */
import { CDPSession, Page } from "playwright-core";

/** One Chrome trace event, as much of it as this reads. */
type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
};

const CATEGORIES = "toplevel,blink.user_timing";

export type CpuTrace = { stop: (mark: string) => Promise<number> };

/** Starts tracing `page` (before it navigates); `stop(mark)` ends the trace and gives the main thread's CPU ms. */
export async function traceMainThreadCpu(page: Page): Promise<CpuTrace> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; Chromium sends numbers for ts, dur, pid and tid.
  session.on("Tracing.dataCollected", (data) =>
    events.push(...(data.value as unknown as TraceEvent[]))
  );
  await session.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" });
  return {
    stop: async (mark) => {
      const complete = new Promise((resolve) => session.once("Tracing.tracingComplete", resolve));
      await session.send("Tracing.end");
      await complete;
      await session.detach();
      return mainThreadCpuMs(events, mark);
    },
  };
}

function mainThreadCpuMs(events: TraceEvent[], mark: string): number {
  const end = events.find((event) => event.name === mark);
  if (!end) throw new Error(`the trace has no "${mark}" mark`);
  const main = events.find(
    (event) =>
      event.name === "thread_name" && event.pid === end.pid && event.args?.name === "CrRendererMain"
  );
  if (!main) throw new Error("the trace names no renderer main thread");
  const start = Math.max(
    ...events
      .filter(
        (event) => event.name === "navigationStart" && event.pid === end.pid && event.ts < end.ts
      )
      .map((event) => event.ts)
  );
  const tasks = events
    .filter(
      (event) =>
        event.pid === main.pid &&
        event.tid === main.tid &&
        event.ph === "X" &&
        event.tdur !== undefined
    )
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let busyUntil = -Infinity;
  for (const task of tasks) {
    if (task.ts < busyUntil) continue; // nested in a task already counted
    busyUntil = task.ts + (task.dur ?? 0);
    if (task.ts >= start && task.ts < end.ts) cpu += task.tdur ?? 0;
  }
  return cpu / 1000;
}
