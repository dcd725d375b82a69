/** A bench child's last line on stdout: what it did, how long its work took, its peak resident memory. */
export function reportChild(figures: Record<string, number | string>): void {
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\nBENCH ${JSON.stringify({ ...figures, maxRssMb })}\n`);
}

/**
 * CPU seconds (user + system, every thread of the process) since `start` (`process.cpuUsage()` taken when the timed
 * work began): on a shared machine wall time measures the neighbours as much as the work.
 */
export function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}
