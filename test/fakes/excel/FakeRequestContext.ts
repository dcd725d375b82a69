/** The request context of one `run`: the command queue, and `sync()` which sends it to the fake workbook. */
import { ExcelContext } from "../../../src/shells/office/ExcelContext";
import type { FakeExcel } from "./FakeExcel";
import { FakeRuntime, FakeWorkbook } from "./FakeWorkbook";
import { WorkbookModel } from "./WorkbookModel";

export type QueuedCommand = { path: string; wire: string; apply: () => void };

/** Bytes of one byte string as it travels: requests and responses are UTF-8 JSON ("ó" is 2 bytes, "€" 3). */
export const utf8Bytes = (text: string): number => Buffer.byteLength(text, "utf8");

/**
 * What a request carries per object beside its commands: Office.js sends an `Instantiate` action for every proxy
 * the batch touches, naming its parent and member (the object path), before the actions that use it
 * (docs.microsoft.com/learn: office/dev/add-ins/concepts/resource-limits-and-performance-optimization, "Excel on
 * the web … payload limit"; OFFICEJS.md, "Request bytes"). Measured wire formats are not published: the fake counts
 * each distinct path once more, with this envelope.
 */
export const INSTANTIATE_BYTES = 60;

export class FakeRequestContext implements ExcelContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  private queue: QueuedCommand[] = [];
  private responseBytes = 0;
  /** What the current sync's loads hand back, delivered only when the response is accepted. */
  private deliveries: (() => void)[] = [];

  constructor(private readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  /** Queues a command; `wire` is what goes over the network (its UTF-8 length is the request's size). */
  enqueue(path: string, member: string, args: unknown[], apply: () => void): void {
    this.queue.push({ path, wire: JSON.stringify([path, member, args]), apply });
  }

  /** Adds a loaded value to the size of the current sync's response (UTF-8 JSON, as Excel sends it). */
  respond(value: unknown): void {
    this.responseBytes += value === undefined ? 0 : utf8Bytes(JSON.stringify(value));
  }

  /** Runs `deliver` once the current sync's response has come back whole (a refused response delivers nothing). */
  onResponse(deliver: () => void): void {
    this.deliveries.push(deliver);
  }

  get model(): WorkbookModel {
    return this.excel.model;
  }

  /** The highest ExcelApi minor version of this "Excel". */
  get apiVersion(): number {
    return this.excel.apiVersion;
  }

  get pendingCommands(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    this.deliveries = [];
    await Promise.resolve(); // a round trip: nothing runs before the caller awaits
    this.excel.execute(commands, () => this.responseBytes);
    for (const deliver of this.deliveries) deliver();
    this.deliveries = [];
  }
}
