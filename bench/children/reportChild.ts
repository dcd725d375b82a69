/** A bench child's last line on stdout: what it did, how long its work took, its peak resident memory. */
export function reportChild(figures: Record<string, number | string>): void {
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\nBENCH ${JSON.stringify({ ...figures, maxRssMb })}\n`);
}
