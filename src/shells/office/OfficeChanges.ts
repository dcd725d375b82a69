/**
 * The user's edits to the open workbook, for validating again after them (SPEC §9): one `worksheets.onChanged`
 * registration (ExcelApi 1.7) while anyone listens, whose events count only when they are not the add-in's own
 * (`triggerSource`, ExcelApi 1.14 — `CHANGE_SOURCE`; the pane checks the set before it watches).
 *
 * Around the add-in's own writes the registration is removed and added again afterwards (`whileWriting`, called by
 * `OfficeHost.applyPatch`): an active registration plus a large write produced internal errors even with
 * `enableEvents` off (https://github.com/OfficeDev/office-js/issues/539), and without a registration the add-in's
 * writes can never mark a result stale. Excel does not report every edit — on the web, a choice made from a
 * data-validation drop-down fires no `onChanged` (https://github.com/OfficeDev/office-js/issues/4066,
 * https://github.com/OfficeDev/office-js/issues/3888) — so the pane keeps a "Revisar de nuevo" button inside Excel.
 *
 * A handler is removed in a batch on the request context it was added in (`Excel.run(result.context, …)`,
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
 * Registrations and removals run one after the other, never interleaved; a failure of either is swallowed (the
 * pane's button still re-checks).
 */

/** What a change event tells: who made it (ExcelApi 1.14). */
export type ChangeEvent = { triggerSource?: string };

/** What `onChanged.add` returns (OfficeExtension.EventHandlerResult): removed in a batch on its own context. */
export type ChangeRegistration = { remove(): void };

/** The part of a request context change events need. */
export type ChangeContext = {
  workbook: {
    worksheets: {
      onChanged: {
        add(handler: (event: ChangeEvent) => Promise<unknown>): ChangeRegistration;
      };
    };
  };
  sync(): Promise<void>;
};

/** `Excel.run`, and `Excel.run(registration.context, …)`; tests pass the strict fake's. */
export type ChangeApi = {
  run<T>(batch: (context: ChangeContext) => Promise<T>): Promise<T>;
  runOn<T>(
    registration: ChangeRegistration,
    batch: (context: ChangeContext) => Promise<T>
  ): Promise<T>;
  /** `Excel.EventTriggerSource.thisLocalAddin`: the add-in's own edits. */
  addinSource: string;
};

export class OfficeChanges {
  private readonly listeners = new Set<() => void>();
  private pauses = 0;
  private registration: ChangeRegistration | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly api: ChangeApi) {}

  /** Calls `listener` after each edit that is not the add-in's own; returns the unsubscribe function. */
  watch(listener: () => void): () => void {
    const own = (): void => listener();
    this.listeners.add(own);
    void this.settle();
    return () => {
      this.listeners.delete(own);
      void this.settle();
    };
  }

  /** Runs the add-in's own write with no registration in place; the registration comes back after it. */
  async whileWriting<T>(write: () => Promise<T>): Promise<T> {
    this.pauses++;
    await this.settle();
    try {
      return await write();
    } finally {
      this.pauses--;
      void this.settle();
    }
  }

  /** Registered exactly while someone listens and no write runs (queued: one change at a time). */
  private settle(): Promise<void> {
    this.queue = this.queue.then(() => this.apply()).catch(() => undefined);
    return this.queue;
  }

  private async apply(): Promise<void> {
    const wanted = this.listeners.size > 0 && this.pauses === 0;
    if (wanted && !this.registration) {
      this.registration = await this.api.run(async (context) => {
        const added = context.workbook.worksheets.onChanged.add(async (event) =>
          this.changed(event)
        );
        await context.sync();
        return added;
      });
    } else if (!wanted && this.registration) {
      const registration = this.registration;
      this.registration = null;
      await this.api.runOn(registration, async (context) => {
        registration.remove();
        await context.sync();
      });
    }
  }

  private changed(event: ChangeEvent): void {
    // During a write nothing counts, even if the removal had failed.
    if (this.pauses > 0 || event.triggerSource === this.api.addinSource) return;
    for (const listener of [...this.listeners]) listener();
  }
}

/** The change events of the open workbook (call after `Office.onReady`, inside Excel). */
export function officeChangeApi(): ChangeApi {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    runOn: (registration, batch) =>
      Excel.run(
        (registration as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>)
          .context,
        (context) => batch(context)
      ),
    addinSource: Excel.EventTriggerSource.thisLocalAddin,
  };
}

/** Compile-time proof that Excel's request context has what `ChangeContext` names. */
type Fits<Real extends Subset, Subset> = Real;
export type RealChangeContextFits = Fits<Excel.RequestContext, ChangeContext>;
