/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { useOperationRunner } from "../../../src/taskpane/operation/useOperationRunner";

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve = (_: T): void => undefined;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

test("a run that ends after a newer one began gives nothing, and the newer one's result and status stand", async () => {
  const { result } = renderHook(() => useOperationRunner());
  const older = deferred<string>();
  const newer = deferred<string>();
  let olderOutcome: unknown = "pending";
  let newerOutcome: unknown = "pending";
  act(() => {
    void result.current.run(() => older.promise).then((done) => (olderOutcome = done));
    void result.current.run(() => newer.promise).then((done) => (newerOutcome = done));
  });
  await act(async () => newer.resolve("T3"));
  expect(newerOutcome).toEqual({ value: "T3" });
  expect(result.current.status).toBe("done");
  await act(async () => older.resolve("T2"));
  expect(olderOutcome).toBeNull();
  expect(result.current.status).toBe("done");
});

test("an older run failing after a newer one began does not show its failure over the newer run", async () => {
  const { result } = renderHook(() => useOperationRunner());
  const older = deferred<string>();
  const newer = deferred<string>();
  act(() => {
    void result.current.run(() => older.promise.then(() => Promise.reject(new Error("lost"))));
    void result.current.run(() => newer.promise);
  });
  await act(async () => older.resolve(""));
  expect(result.current.status).toBe("running");
  expect(result.current.failure).toBeNull();
  await act(async () => newer.resolve("T3"));
  expect(result.current.status).toBe("done");
});

test("a run alone reports its result, and its failure when it fails", async () => {
  const { result } = renderHook(() => useOperationRunner());
  let outcome: unknown;
  await act(async () => {
    outcome = await result.current.run(async () => 7);
  });
  expect(outcome).toEqual({ value: 7 });
  expect(result.current.status).toBe("done");
  await act(async () => {
    outcome = await result.current.run(async () => {
      throw new Error("broken");
    });
  });
  expect(outcome).toBeNull();
  expect(result.current.status).toBe("failed");
  expect((result.current.failure as Error).message).toBe("broken");
});
