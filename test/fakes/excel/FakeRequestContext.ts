/** The request context of one `run`: the command queue, and `sync()` which sends it to the fake workbook. */
import { ExcelContext } from "../../../src/shells/office/ExcelContext";
import type { FakeExcel } from "./FakeExcel";
import { FakeRuntime, FakeWorkbook } from "./FakeWorkbook";
import { WorkbookModel } from "./WorkbookModel";

export type QueuedCommand = { wire: string; apply: () => void };

export class FakeRequestContext implements ExcelContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  private queue: QueuedCommand[] = [];
  private responseBytes = 0;

  constructor(private readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  /** Queues a command; `wire` is what goes over the network (its length is the request's size). */
  enqueue(path: string, member: string, args: unknown[], apply: () => void): void {
    this.queue.push({ wire: JSON.stringify([path, member, args]), apply });
  }

  /** Adds a loaded value to the size of the current sync's response. */
  respond(value: unknown): void {
    this.responseBytes += value === undefined ? 0 : JSON.stringify(value).length;
  }

  get model(): WorkbookModel {
    return this.excel.model;
  }

  get pendingCommands(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    await Promise.resolve(); // a round trip: nothing runs before the caller awaits
    this.excel.execute(commands, () => this.responseBytes);
  }
}
