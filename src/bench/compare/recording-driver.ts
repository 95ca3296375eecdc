// A driver that records the statements it runs, for counting and profiling them: the
// benchmark's profile (npm run bench:profile) and the tests of how reads are sent.
import type { Driver, ManagedTransaction } from "neo4j-driver";

export interface Sent {
  cypher: string;
  params: Record<string, unknown>;
}

/** `driver`, recording every statement it runs (auto-commit, or in a read transaction) while `record` is set. */
export function recordingDriver(driver: Driver, sink: { record: Sent[] | null }): Driver {
  return new Proxy(driver, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (key !== "session") return typeof value === "function" ? value.bind(target) : value;
      return (...args: Parameters<Driver["session"]>) => {
        const session = target.session(...args);
        const run = session.run.bind(session);
        session.run = ((cypher: string, params?: Record<string, unknown>, config?: Parameters<typeof session.run>[2]) => {
          sink.record?.push({ cypher, params: params ?? {} });
          return run(cypher, params, config);
        }) as typeof session.run;
        const executeRead = session.executeRead.bind(session);
        session.executeRead = ((work: (tx: ManagedTransaction) => unknown, config?: Parameters<typeof session.executeRead>[1]) =>
          executeRead(
            (tx) =>
              work(
                new Proxy(tx, {
                  get(t, k) {
                    const v = Reflect.get(t, k, t);
                    if (k !== "run") return typeof v === "function" ? v.bind(t) : v;
                    return (cypher: string, params: Record<string, unknown>) => {
                      sink.record?.push({ cypher, params });
                      return t.run(cypher, params);
                    };
                  },
                }),
              ) as Promise<unknown>,
            config,
          )) as typeof session.executeRead;
        return session;
      };
    },
  });
}

