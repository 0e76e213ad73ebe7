/**
 * Errors that stop a command. Each keeps its cause, and knows the exit code
 * the CLI should end with (DESIGN.md: 1 content, 2 usage/config, 70 internal).
 */
import type { Diagnostic } from '../types.js';

/** Base class: every error we throw on purpose is one of these. */
export class NewsArchiveError extends Error {
  /** Process exit code for this kind of failure. */
  readonly exitCode: number;

  /**
   * @param message what happened and what to do
   * @param exitCode the CLI's exit code
   * @param cause the original error, kept for the stack
   */
  constructor(message: string, exitCode: number, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad flags, a bad output folder, a missing input folder: exit 2. */
export class UsageError extends NewsArchiveError {
  /** @param message what is wrong with the command line, and the fix */
  constructor(message: string) {
    super(message, 2);
  }
}

/** Articles with errors: all of them are listed, nothing is published. Exit 1. */
export class ContentError extends NewsArchiveError {
  readonly diagnostics: Diagnostic[];

  /** @param diagnostics every problem found, errors and warnings */
  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    super(`${errors} ${errors === 1 ? 'error' : 'errors'} in the articles; nothing was published.`, 1);
    this.diagnostics = diagnostics;
  }
}
