/**
 * What every fake Excel object shares, as Office.js proxies behave: commands are queued on the request context and
 * run at `sync()`; `load` queues a read whose result is readable only after that sync; reading a property that was
 * not loaded and synced throws `PropertyNotLoaded`; a `…OrNullObject` proxy tells `isNullObject` only after a sync.
 */
import { officeError } from "./OfficeError";
import type { FakeRequestContext } from "./FakeRequestContext";

export abstract class FakeProxy<T> {
  private resolved: { target: T | null } | undefined;
  private nullKnown: boolean | undefined;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly context: FakeRequestContext,
    readonly path: string,
    private readonly resolve: () => T | null,
    /** For `getItem` (not `…OrNullObject`): the error a missing object raises when a command reaches it. */
    private readonly missing?: () => Error
  ) {}

  /** The model object behind the proxy; only valid while a sync runs the queued commands. Resolved once. */
  targetAtSync(): T | null {
    if (!this.resolved) {
      const target = this.resolve();
      if (target === null && this.missing) throw this.missing();
      this.resolved = { target };
    }
    return this.resolved.target;
  }

  /** Binds a proxy created by a command (`add`) to the object the command made. */
  bindAtSync(target: T): void {
    this.resolved = { target };
  }

  protected command(member: string, args: unknown[], apply: (target: T) => void): void {
    this.context.enqueue(this.path, member, args, () => {
      const target = this.targetAtSync();
      if (target !== null) apply(target);
    });
  }

  protected queueLoad(
    propertyNames: string | string[] | undefined,
    known: readonly string[],
    read: (target: T, name: string) => unknown
  ): void {
    const names = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "").split(","))
      .map((name) => name.trim())
      .filter((name) => name !== "");
    if (names.length === 0)
      throw new Error(
        `${this.path}.load() with no property names: load only the properties used (STYLE, no-empty-load).`
      );
    for (const name of names)
      if (!known.includes(name))
        throw officeError("InvalidArgument", `${this.path} has no loadable property '${name}'.`);
    this.context.enqueue(this.path, "load", [names], () => {
      const target = this.targetAtSync();
      const values = names.map((name) => {
        const value = target === null ? null : read(target, name);
        this.context.respond(value);
        return value;
      });
      // Readable only once the response arrives: a refused response (over 5 MB) leaves nothing loaded.
      this.context.onResponse(() => {
        this.nullKnown = target === null;
        names.forEach((name, index) => this.loaded.set(name, values[index]));
      });
    });
  }

  /** Marks the proxy as loaded with values read by its collection's load. */
  primeAtSync(target: T, values: Record<string, unknown>): void {
    this.resolved = { target };
    this.nullKnown = false;
    for (const [name, value] of Object.entries(values)) this.loaded.set(name, value);
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name))
      throw officeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        this.path
      );
    return this.loaded.get(name) as V;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined)
      throw officeError(
        "PropertyNotLoaded",
        `isNullObject of ${this.path} is known only after a load and a sync.`,
        this.path
      );
    return this.nullKnown;
  }
}
