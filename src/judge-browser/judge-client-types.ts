// The page's view of the judge: one small typed API. The page never runs user code;
// it talks to a judge worker, which runs user code in a sandbox worker of its own.
import type { CustomRunResult, JudgeMode, JudgeResult, TestResult } from "../judge/types";

export interface ExampleView {
  name: string;
  /** The arguments, formatted ("graph = [[1], [0]]\nstart = 0"). */
  input: string;
  /** The reference's output, formatted. */
  expected: string;
}

export interface RunRequest {
  exerciseId: string;
  code: string;
  mode: JudgeMode;
}

export type OnTest = (test: TestResult, done: number, total: number) => void;

/** Thrown (as the rejection) by a run that stop() ended. */
export class RunStoppedError extends Error {
  constructor() {
    super("Run stopped.");
    this.name = "RunStoppedError";
  }
}

export interface JudgeClient {
  /** Runs the examples (Run) or every test (Submit); onTest fires as each test finishes. */
  run(request: RunRequest, onTest?: OnTest): Promise<JudgeResult>;
  /** The user's output beside the reference's for an input the user wrote (JSON). */
  runCustom(request: { exerciseId: string; code: string; input: string }): Promise<CustomRunResult>;
  /** The visible examples with expected outputs computed by the reference. */
  examples(exerciseId: string): Promise<ExampleView[]>;
  /** Says which exercise is open, so idle judge workers prepare its hidden tests ahead of Submit. */
  prepare(exerciseId: string): void;
  /** Ends the run in flight at once: its worker is terminated and a warm standby takes over. */
  stop(): void;
  /** The tfjs backend the judge measured fastest on this machine. */
  backend(): Promise<string>;
  dispose(): void;
}
